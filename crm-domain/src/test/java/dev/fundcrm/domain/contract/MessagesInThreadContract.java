package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.full;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.ThreadEntry;
import dev.fundcrm.domain.port.out.Messages;
import dev.fundcrm.domain.port.out.Stores;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Messages} promises about {@link Messages#inThread}: a thread is one mailbox's, its messages
 * come in recording order, once each, and only captured ones carry content (data minimization).
 */
public abstract class MessagesInThreadContract {

    private static final String ANNA = MessagesContract.ANNA;
    private static final String BEN = MessagesContract.BEN;
    private static final GmailThreadId THREAD = new GmailThreadId("t1");

    private Messages messages;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        messages = newStores().messages();
    }

    @Test
    void aThreadIsTheMailboxsCopiesInRecordingOrderWithContentOnlyWhereCaptured() {
        ParsedMessage first = captured(MessageRef.of(ANNA, "a1", "t1"));
        ParsedMessage internal = sighted(MessageRef.of(ANNA, "a2", "t1"), Disposition.SKIPPED_INTERNAL);
        ParsedMessage unmatched = sighted(MessageRef.of(ANNA, "a3", "t1"), Disposition.UNMATCHED);
        sighted(MessageRef.of(ANNA, "a4", "t2"), Disposition.UNMATCHED);
        sighted(MessageRef.of(BEN, "b1", "t1"), Disposition.UNMATCHED);

        List<ThreadEntry> thread = messages.inThread(Mailbox.of(ANNA), THREAD, 100);

        assertThat(thread).extracting(ThreadEntry::key)
                .containsExactly(first.key(), internal.key(), unmatched.key());
        assertThat(thread).extracting(ThreadEntry::disposition)
                .containsExactly(Disposition.CAPTURED, Disposition.SKIPPED_INTERNAL, Disposition.UNMATCHED);
        assertThat(thread).extracting(ThreadEntry::copy).containsExactly(first.ref(), internal.ref(), unmatched.ref());
        assertThat(thread.get(0).captured()).map(StoredMessage::content).contains(first);
        assertThat(thread.subList(1, 3)).allSatisfy(entry -> assertThat(entry.captured()).isEmpty());
    }

    @Test
    void aCapturedMessageInTheThreadCarriesItsCopiesInEveryMailbox() {
        ParsedMessage message = captured(MessageRef.of(ANNA, "a1", "t1"));
        MessageRef inBen = MessageRef.of(BEN, "b9", "bt9");
        messages.recordSighting(message.key(), inBen, Disposition.CAPTURED);

        assertThat(messages.inThread(Mailbox.of(BEN), new GmailThreadId("bt9"), 10)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.copy()).isEqualTo(inBen);
                    assertThat(entry.captured()).map(StoredMessage::sightings)
                            .contains(List.of(message.ref(), inBen));
                });
    }

    @Test
    void aMessageWithTwoCopiesInTheThreadAppearsOnceAsItsFirstCopy() {
        ParsedMessage message = captured(MessageRef.of(ANNA, "a1", "t1"));
        messages.recordSighting(message.key(), MessageRef.of(ANNA, "a1-sent", "t1"), Disposition.CAPTURED);

        assertThat(messages.inThread(Mailbox.of(ANNA), THREAD, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.copy()).isEqualTo(message.ref()));
    }

    @Test
    void theLimitKeepsTheFirstRecordedMessages() {
        ParsedMessage first = captured(MessageRef.of(ANNA, "a1", "t1"));
        ParsedMessage second = sighted(MessageRef.of(ANNA, "a2", "t1"), Disposition.UNMATCHED);
        captured(MessageRef.of(ANNA, "a3", "t1"));

        assertThat(messages.inThread(Mailbox.of(ANNA), THREAD, 2)).extracting(ThreadEntry::key)
                .containsExactly(first.key(), second.key());
        assertThat(messages.inThread(Mailbox.of(ANNA), THREAD, 1)).extracting(ThreadEntry::key)
                .containsExactly(first.key());
    }

    @Test
    void aThreadNeverSeenIsEmptyAndALimitBelowOneIsRefused() {
        captured(MessageRef.of(ANNA, "a1", "t1"));

        assertThat(messages.inThread(Mailbox.of(ANNA), new GmailThreadId("other"), 10)).isEmpty();
        assertThat(messages.inThread(Mailbox.of(BEN), THREAD, 10)).isEmpty();
        assertThatThrownBy(() -> messages.inThread(Mailbox.of(ANNA), THREAD, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    private ParsedMessage captured(MessageRef ref) {
        ParsedMessage message = full(ref).build();
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
