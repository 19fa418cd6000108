package dev.fundcrm.domain.service;

import static dev.fundcrm.domain.testkit.MessageFixtures.full;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.MessageThread;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.ThreadEntry;
import dev.fundcrm.domain.testkit.InMemoryMessages;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageThreadsTest {

    private static final String ANNA = "anna@fund.example";
    private static final String BEN = "ben@fund.example";
    private static final Instant MONDAY = Instant.parse("2024-03-04T09:00:00Z");

    private final InMemoryMessages messages = new InMemoryMessages();
    private final MessageThreads threads = new MessageThreads(messages);

    @Test
    void mergesTheThreadOfEveryMailboxCopyByMessageCapturedOldestFirstAndTheRestAsIdentifiers() {
        ParsedMessage message = captured(MessageRef.of(ANNA, "a1", "t1"), MONDAY);
        messages.recordSighting(message.key(), MessageRef.of(BEN, "b1", "bt"), Disposition.CAPTURED);
        ParsedMessage reply = captured(MessageRef.of(ANNA, "a2", "t1"), MONDAY.plusSeconds(3600));
        ParsedMessage earlierOnlyInBen = captured(MessageRef.of(BEN, "b0", "bt"), MONDAY.minusSeconds(3600));
        ParsedMessage internal = sighted(MessageRef.of(ANNA, "a3", "t1"), Disposition.SKIPPED_INTERNAL);
        messages.recordSighting(internal.key(), MessageRef.of(BEN, "b3", "bt"), Disposition.SKIPPED_INTERNAL);
        ParsedMessage unmatched = sighted(MessageRef.of(BEN, "b5", "bt"), Disposition.UNMATCHED);
        captured(MessageRef.of(ANNA, "a9", "another-thread"), MONDAY);

        MessageThread thread = threads.thread(messages.find(message.key()).orElseThrow());

        assertThat(thread.captured()).extracting(StoredMessage::key)
                .containsExactly(earlierOnlyInBen.key(), message.key(), reply.key());
        assertThat(thread.identifiersOnly()).extracting(ThreadEntry::key)
                .containsExactly(internal.key(), unmatched.key());
        assertThat(thread.identifiersOnly()).extracting(ThreadEntry::disposition)
                .containsExactly(Disposition.SKIPPED_INTERNAL, Disposition.UNMATCHED);
    }

    @Test
    void aMessageAloneInItsThreadIsItsWholeThread() {
        ParsedMessage message = captured(MessageRef.of(ANNA, "a1", "t1"), MONDAY);

        MessageThread thread = threads.thread(messages.find(message.key()).orElseThrow());

        assertThat(thread.captured()).extracting(StoredMessage::key).containsExactly(message.key());
        assertThat(thread.identifiersOnly()).isEmpty();
    }

    private ParsedMessage captured(MessageRef ref, Instant sentAt) {
        ParsedMessage message = full(ref).sentAt(sentAt).build();
        messages.storeContent(message.key(), message);
        messages.recordSighting(message.key(), ref, Disposition.CAPTURED);
        return message;
    }

    private ParsedMessage sighted(MessageRef ref, Disposition disposition) {
        ParsedMessage message = full(ref).build();
        messages.recordSighting(message.key(), ref, disposition);
        return message;
    }
}
