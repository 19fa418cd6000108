package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.full;
import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.port.out.Messages;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Messages} promises about quarantined copies and what was captured since a moment. A
 * quarantined copy is known to its mailbox and has the disposition QUARANTINED; a message without a sent
 * date is never "captured since" anything (SQL's {@code sent_at >= ?} leaves out nulls the same way).
 */
public abstract class CapturedMessagesContract {

    private static final String ANNA = MessagesContract.ANNA;
    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-03T08:00:00Z");

    private Messages messages;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        messages = newStores().messages();
    }

    @Test
    void aQuarantinedCopyIsKnownToItsMailboxOnly() {
        messages.quarantine(new Quarantined(ref(ANNA, "bad1"), "no From header", "Subject: hi", T1));

        assertThat(messages.knownIds(Mailbox.of(ANNA), List.of(new GmailMessageId("bad1"))))
                .containsExactly(new GmailMessageId("bad1"));
        assertThat(messages.knownIds(Mailbox.of(MessagesContract.BEN), List.of(new GmailMessageId("bad1"))))
                .isEmpty();
        assertThat(messages.disposition(ref(ANNA, "bad1"))).contains(Disposition.QUARANTINED);
    }

    @Test
    void quarantinesACopyOnce() {
        Quarantined first = new Quarantined(ref(ANNA, "bad1"), "no From header", "Subject: hi", T1);

        messages.quarantine(first);
        messages.quarantine(new Quarantined(ref(ANNA, "bad1"), "another reason", "", T2));

        assertThat(messages.quarantined(10)).containsExactly(first);
    }

    @Test
    void listsQuarantinedCopiesNewestFirstUpToTheLimit() {
        Quarantined old = new Quarantined(ref(ANNA, "bad1"), "broken", "", T1);
        Quarantined newest = new Quarantined(ref(ANNA, "bad3"), "broken", "", T3);
        Quarantined middle = new Quarantined(ref(ANNA, "bad2"), "broken", "", T2);
        messages.quarantine(old);
        messages.quarantine(newest);
        messages.quarantine(middle);

        assertThat(messages.quarantined(10)).containsExactly(newest, middle, old);
        assertThat(messages.quarantined(2)).containsExactly(newest, middle);
    }

    @Test
    void capturedSinceGivesMessagesWithContentSentAtOrAfterOldestFirst() {
        ParsedMessage third = stored(message(ANNA, "m3", T3));
        ParsedMessage first = stored(message(ANNA, "m1", T1));
        ParsedMessage second = stored(message(ANNA, "m2", T2));
        ParsedMessage sightedOnly = message(ANNA, "m4", T3);
        messages.recordSighting(sightedOnly.key(), sightedOnly.ref(), Disposition.UNMATCHED);
        stored(full(ref(ANNA, "m5")).sentAt(null).build());

        assertThat(messages.capturedSince(T2)).extracting(StoredMessage::content).containsExactly(second, third);
        assertThat(messages.capturedSince(T1.minusSeconds(1))).extracting(StoredMessage::content)
                .containsExactly(first, second, third);
        assertThat(messages.capturedSince(T3.plusSeconds(1))).isEmpty();
    }

    @Test
    void capturedSinceCarriesEachMessagesSightings() {
        ParsedMessage message = stored(message(ANNA, "m1", T1));

        assertThat(messages.capturedSince(T1)).singleElement()
                .satisfies(stored -> assertThat(stored.sightings()).containsExactly(message.ref()));
    }

    private ParsedMessage stored(ParsedMessage message) {
        messages.storeContent(message.key(), message);
        messages.recordSighting(message.key(), message.ref(), Disposition.CAPTURED);
        return message;
    }
}
