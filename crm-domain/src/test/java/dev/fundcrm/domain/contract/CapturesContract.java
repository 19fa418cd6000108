package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.port.out.Captures;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.MessageFixtures;
import dev.fundcrm.domain.testkit.StoreFixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Captures} promises: a sync page's sightings, content, proposals and quarantined copies
 * land together, each once, however often the page is written.
 */
public abstract class CapturesContract {

    private static final String ANNA = "anna@fund.example";
    private static final String BEN = "ben@fund.example";

    private Stores stores;
    private Contact jane;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        stores = newStores();
        jane = new StoreFixtures(stores).contact("Jane Doe", "jane@lp.example");
    }

    @Test
    void aPageLandsWhole() {
        ParsedMessage lp = message(ANNA, "m1");
        ParsedMessage personal = message(ANNA, "m2");
        Quarantined broken = new Quarantined(ref(ANNA, "m3"), "bad base64", "Subject: ?", MessageFixtures.SENT);

        int created = stores.captures().store(page(lp, personal, broken));

        assertThat(created).isEqualTo(1);
        assertThat(stores.messages().find(lp.key())).get()
                .satisfies(stored -> assertThat(stored.content()).isEqualTo(lp))
                .satisfies(stored -> assertThat(stored.sightings()).containsExactly(lp.ref()));
        assertThat(stores.messages().hasContent(personal.key())).as("identifiers only").isFalse();
        assertThat(stores.messages().disposition(personal.ref())).contains(Disposition.UNMATCHED);
        assertThat(stores.messages().knownIds(broken.ref().mailbox(), List.of(broken.ref().messageId())))
                .containsExactly(broken.ref().messageId());
        assertThat(stores.proposals().forMessage(lp.key())).extracting(Proposal::target)
                .containsExactly(new ProposalTarget.KnownContact(jane.id()));
    }

    @Test
    void writingAPageAgainChangesNothing() {
        ParsedMessage lp = message(ANNA, "m1");
        ParsedMessage personal = message(ANNA, "m2");
        Quarantined broken = new Quarantined(ref(ANNA, "m3"), "bad base64", "", MessageFixtures.SENT);
        stores.captures().store(page(lp, personal, broken));

        int createdAgain = stores.captures().store(page(lp, personal, broken));

        assertThat(createdAgain).isZero();
        assertThat(stores.proposals().pending(PendingQuery.firstPage(10)).items()).hasSize(1);
        assertThat(stores.messages().sightings(lp.key())).containsExactly(lp.ref());
        assertThat(stores.messages().quarantined(10)).hasSize(1);
    }

    @Test
    void aCopyInAnotherMailboxAddsItsSightingToTheStoredMessage() {
        ParsedMessage lp = message(ANNA, "m1");
        stores.captures().store(page(lp, message(ANNA, "m2"), null));
        MessageRef bensCopy = ref(BEN, "b7");

        int created = stores.captures().store(new CaptureBatch(List.of(),
                List.of(new CaptureBatch.Captured(lp.key(), bensCopy, null, List.of(proposalFor(lp)))), List.of()));

        assertThat(created).isZero();
        assertThat(stores.messages().find(lp.key())).get()
                .satisfies(stored -> assertThat(stored.sightings()).containsExactly(lp.ref(), bensCopy))
                .satisfies(stored -> assertThat(stored.content()).isEqualTo(lp));
        assertThat(stores.messages().disposition(bensCopy)).contains(Disposition.CAPTURED);
    }

    @Test
    void theSameMessageTwiceInOnePageIsStoredOnce() {
        ParsedMessage lp = message(ANNA, "m1");
        ParsedMessage sameInAnotherCopy = lp.withRef(ref(ANNA, "m1-copy"));

        int created = stores.captures().store(new CaptureBatch(List.of(), List.of(
                new CaptureBatch.Captured(lp.key(), lp.ref(), lp, List.of(proposalFor(lp))),
                new CaptureBatch.Captured(lp.key(), sameInAnotherCopy.ref(), sameInAnotherCopy,
                        List.of(proposalFor(lp)))), List.of()));

        assertThat(created).isEqualTo(1);
        assertThat(stores.messages().sightings(lp.key())).containsExactly(lp.ref(), sameInAnotherCopy.ref());
        assertThat(stores.messages().find(lp.key())).get()
                .satisfies(stored -> assertThat(stored.content().ref()).isEqualTo(lp.ref()));
    }

    @Test
    void anEmptyPageCreatesNothing() {
        assertThat(stores.captures().store(new CaptureBatch(List.of(), List.of(), List.of()))).isZero();
    }

    private CaptureBatch page(ParsedMessage lp, ParsedMessage personal, Quarantined broken) {
        return new CaptureBatch(
                List.of(new CaptureBatch.Sighting(personal.key(), personal.ref(), Disposition.UNMATCHED)),
                List.of(new CaptureBatch.Captured(lp.key(), lp.ref(), lp, List.of(proposalFor(lp)))),
                broken == null ? List.of() : List.of(broken));
    }

    private Proposal proposalFor(ParsedMessage message) {
        Match match = new Match(new ProposalTarget.KnownContact(jane.id()), message.from().get(0),
                ParticipantRole.FROM, MatchRule.EXACT_ADDRESS);
        return Proposal.pending(message.key(), match, MessageFixtures.SENT, MessageFixtures.SENT);
    }
}
