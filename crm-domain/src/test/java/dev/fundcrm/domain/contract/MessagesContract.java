package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.full;
import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.port.out.Messages;
import dev.fundcrm.domain.port.out.Stores;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Messages} promises about sightings and content: data minimization (a sighting is
 * identifiers only), idempotent writes, and content kept exactly as given. Quarantine and the capture-time
 * queries are in {@link CapturedMessagesContract}.
 */
public abstract class MessagesContract {

    static final String ANNA = "anna@fund.example";
    static final String BEN = "ben@fund.example";

    private Messages messages;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        messages = newStores().messages();
    }

    @Test
    void aMessageOnlySightedKeepsNoContent() {
        ParsedMessage message = message(ANNA, "m1");

        messages.recordSighting(message.key(), message.ref(), Disposition.UNMATCHED);

        assertThat(messages.hasContent(message.key())).isFalse();
        assertThat(messages.find(message.key())).isEmpty();
        assertThat(messages.sightings(message.key())).containsExactly(message.ref());
        assertThat(messages.disposition(message.ref())).contains(Disposition.UNMATCHED);
    }

    @Test
    void recordingASightingAgainKeepsTheFirstRecord() {
        ParsedMessage message = message(ANNA, "m1");

        messages.recordSighting(message.key(), message.ref(), Disposition.UNMATCHED);
        messages.recordSighting(message.key(), message.ref(), Disposition.CAPTURED);

        assertThat(messages.disposition(message.ref())).contains(Disposition.UNMATCHED);
        assertThat(messages.sightings(message.key())).containsExactly(message.ref());
    }

    @Test
    void storesContentOncePerKey() {
        ParsedMessage first = message(ANNA, "m1");
        ParsedMessage later = full(first.ref()).subject("Changed").build();

        assertThat(messages.storeContent(first.key(), first)).isTrue();
        assertThat(messages.storeContent(first.key(), later)).isFalse();

        assertThat(messages.hasContent(first.key())).isTrue();
        assertThat(messages.find(first.key())).map(StoredMessage::content).contains(first);
    }

    @Test
    void keepsContentExactlyAsGiven() {
        ParsedMessage rich = full(ref(ANNA, "m1"))
                .cc(Participant.of("Carl Cc", "carl@lp.example"))
                .bcc(List.of(Participant.of("hidden@fund.example")))
                .replyTo(Participant.of("Desk", "desk@lp.example"))
                .inReplyTo("<earlier@lp.example>")
                .references("<first@lp.example> <earlier@lp.example>")
                .header("List-Id", "<news.lp.example>")
                .build();

        messages.storeContent(rich.key(), rich);

        assertThat(messages.find(rich.key())).map(StoredMessage::content).contains(rich);
    }

    @Test
    void findGivesTheContentWithEverySightingInRecordingOrder() {
        ParsedMessage inAnna = message(ANNA, "m1");
        MessageRef inBen = ref(BEN, "b7");
        MessageKey key = inAnna.key();
        messages.recordSighting(key, inBen, Disposition.CAPTURED);
        messages.storeContent(key, inAnna);
        messages.recordSighting(key, inAnna.ref(), Disposition.CAPTURED);

        StoredMessage stored = messages.find(key).orElseThrow();

        assertThat(stored.key()).isEqualTo(key);
        assertThat(stored.sightings()).containsExactly(inBen, inAnna.ref());
        assertThat(stored.mailboxes()).containsExactly(Mailbox.of(BEN), Mailbox.of(ANNA));
        assertThat(messages.sightings(key)).containsExactly(inBen, inAnna.ref());
    }

    @Test
    void findAllGivesEachMessageWithContentOnceWithItsSightings() {
        ParsedMessage first = message(ANNA, "m1");
        ParsedMessage second = message(BEN, "m2");
        ParsedMessage sightedOnly = message(ANNA, "m3");
        MessageRef secondInAnna = ref(ANNA, "a2");
        messages.storeContent(first.key(), first);
        messages.recordSighting(first.key(), first.ref(), Disposition.CAPTURED);
        messages.storeContent(second.key(), second);
        messages.recordSighting(second.key(), second.ref(), Disposition.CAPTURED);
        messages.recordSighting(second.key(), secondInAnna, Disposition.CAPTURED);
        messages.recordSighting(sightedOnly.key(), sightedOnly.ref(), Disposition.UNMATCHED);

        List<StoredMessage> found = messages.findAll(
                List.of(second.key(), sightedOnly.key(), message(BEN, "unknown").key(), first.key(), second.key()));

        assertThat(found).containsExactlyInAnyOrder(messages.find(first.key()).orElseThrow(),
                messages.find(second.key()).orElseThrow());
        assertThat(found).filteredOn(stored -> stored.key().equals(second.key())).singleElement()
                .satisfies(stored -> assertThat(stored.sightings()).containsExactly(second.ref(), secondInAnna));
        assertThat(messages.findAll(List.of())).isEmpty();
    }

    @Test
    void anUnknownKeyOrCopyGivesNothing() {
        ParsedMessage known = message(ANNA, "m1");
        messages.storeContent(known.key(), known);
        messages.recordSighting(known.key(), known.ref(), Disposition.CAPTURED);
        ParsedMessage unknown = message(ANNA, "m2");

        assertThat(messages.find(unknown.key())).isEmpty();
        assertThat(messages.hasContent(unknown.key())).isFalse();
        assertThat(messages.sightings(unknown.key())).isEmpty();
        assertThat(messages.disposition(unknown.ref())).isEmpty();
        assertThat(messages.disposition(ref(BEN, "m1"))).isEmpty();
    }

    @Test
    void knownIdsAreTheAskedIdsThisMailboxHasSighted() {
        ParsedMessage message = message(ANNA, "m1");
        messages.recordSighting(message.key(), message.ref(), Disposition.SKIPPED_AUTOMATED);
        messages.recordSighting(message(ANNA, "m2").key(), ref(ANNA, "m2"), Disposition.CAPTURED);

        List<GmailMessageId> asked = List.of(new GmailMessageId("m1"), new GmailMessageId("m3"));

        assertThat(messages.knownIds(Mailbox.of(ANNA), asked)).containsExactly(new GmailMessageId("m1"));
        assertThat(messages.knownIds(Mailbox.of(BEN), asked)).isEmpty();
        assertThat(messages.knownIds(Mailbox.of(ANNA), List.of())).isEmpty();
    }
}
