package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.full;
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
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.MessageFixtures;
import dev.fundcrm.domain.testkit.StoreFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the stores promise to writers that race: many threads writing the same rows at the same moment (two
 * instances capturing one message, a page written again while its first write is still running) land each row
 * once, report each new proposal to exactly one of them, and none of them fails. {@link Concurrently} releases
 * the writers together; a writer that throws fails the test.
 */
public abstract class RacingWritesContract {

    private static final int WRITERS = 16;
    private static final String ANNA = "anna@fund.example";
    private static final String BEN = "ben@fund.example";

    private Stores stores;
    private Contact jane;
    private Contact raj;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        stores = newStores();
        StoreFixtures fixtures = new StoreFixtures(stores);
        jane = fixtures.contact("Jane Doe", "jane@lp.example");
        raj = fixtures.contact("Raj Patel", "raj@lp.example");
    }

    @Test
    void onePageStoredByManyWritersAtOnceLandsOnce() {
        ParsedMessage fromJane = fromJaneCcRaj(ref(ANNA, "m1"));
        ParsedMessage alsoFromJane = fromJaneCcRaj(ref(ANNA, "m2"));
        ParsedMessage personal = message(ANNA, "m3");
        Quarantined broken = new Quarantined(ref(ANNA, "m4"), "bad base64", "Subject: ?", MessageFixtures.SENT);
        CaptureBatch page = new CaptureBatch(
                List.of(new CaptureBatch.Sighting(personal.key(), personal.ref(), Disposition.UNMATCHED)),
                List.of(captured(fromJane), captured(alsoFromJane)), List.of(broken));

        List<Integer> created = Concurrently.run(WRITERS, () -> stores.captures().store(page));

        assertThat(created.stream().mapToInt(Integer::intValue).sum()).as("4 proposals, each reported once")
                .isEqualTo(4);
        for (ParsedMessage message : List.of(fromJane, alsoFromJane)) {
            assertThat(stores.messages().find(message.key())).get()
                    .satisfies(stored -> assertThat(stored.content()).isEqualTo(message))
                    .satisfies(stored -> assertThat(stored.sightings()).containsExactly(message.ref()));
            assertThat(stores.proposals().forMessage(message.key())).extracting(Proposal::id)
                    .containsExactlyInAnyOrderElementsOf(proposalsFor(message).stream().map(Proposal::id).toList());
        }
        assertThat(stores.messages().disposition(personal.ref())).contains(Disposition.UNMATCHED);
        assertThat(stores.messages().sightings(personal.key())).containsExactly(personal.ref());
        assertThat(stores.messages().quarantined(100)).containsExactly(broken);
        assertThat(stores.proposals().countPending()).isEqualTo(4);
    }

    @Test
    void pagesOfTwoMailboxesHoldingTheSameMessagesInOppositeOrderLandOnce() {
        List<ParsedMessage> annasCopies = new ArrayList<>();
        List<ParsedMessage> bensCopies = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            annasCopies.add(fromJaneCcRaj(ref(ANNA, "a" + i)));
            bensCopies.add(annasCopies.get(i - 1).withRef(ref(BEN, "b" + i)));
        }
        Collections.reverse(bensCopies);
        CaptureBatch annasPage = new CaptureBatch(List.of(), annasCopies.stream().map(this::captured).toList(),
                List.of());
        CaptureBatch bensPage = new CaptureBatch(List.of(), bensCopies.stream().map(this::captured).toList(),
                List.of());
        AtomicInteger writers = new AtomicInteger();

        List<Integer> created = Concurrently.run(WRITERS, () ->
                stores.captures().store(writers.getAndIncrement() % 2 == 0 ? annasPage : bensPage));

        assertThat(created.stream().mapToInt(Integer::intValue).sum()).as("2 proposals per message, each once")
                .isEqualTo(12);
        for (ParsedMessage annas : annasCopies) {
            ParsedMessage bens = bensCopies.stream().filter(copy -> copy.key().equals(annas.key())).findFirst()
                    .orElseThrow();
            assertThat(stores.messages().find(annas.key())).get()
                    .satisfies(stored -> assertThat(stored.content()).isIn(annas, bens))
                    .satisfies(stored -> assertThat(stored.sightings())
                            .containsExactlyInAnyOrder(annas.ref(), bens.ref()));
            assertThat(stores.proposals().forMessage(annas.key())).hasSize(2);
        }
    }

    @Test
    void aProposalAddedByManyWritersAtOnceIsAddedByExactlyOne() {
        ParsedMessage message = new StoreFixtures(stores).captured(fromJaneCcRaj(ref(ANNA, "m1")));
        List<Proposal> proposals = proposalsFor(message);

        List<Integer> added = Concurrently.run(WRITERS, () -> (int) proposals.stream()
                .filter(stores.proposals()::addIfAbsent)
                .count());

        assertThat(added.stream().mapToInt(Integer::intValue).sum()).isEqualTo(proposals.size());
        assertThat(stores.proposals().forMessage(message.key())).containsExactlyInAnyOrderElementsOf(proposals);
    }

    @Test
    void contentStoredByManyWritersAtOnceIsStoredByExactlyOne() {
        ParsedMessage message = fromJaneCcRaj(ref(ANNA, "m1"));
        ParsedMessage bensCopy = message.withRef(ref(BEN, "b1"));
        AtomicInteger writers = new AtomicInteger();

        List<Boolean> stored = Concurrently.run(WRITERS, () -> stores.messages().storeContent(message.key(),
                writers.getAndIncrement() % 2 == 0 ? message : bensCopy));

        assertThat(stored).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(stores.messages().hasContent(message.key())).isTrue();
        stores.messages().recordSighting(message.key(), message.ref(), Disposition.CAPTURED);
        assertThat(stores.messages().find(message.key())).get()
                .satisfies(found -> assertThat(found.content()).as("participants and attachments once")
                        .isIn(message, bensCopy));
    }

    @Test
    void aSightingRecordedByManyWritersAtOnceIsRecordedOnceAndKeepsOneDisposition() {
        ParsedMessage message = fromJaneCcRaj(ref(ANNA, "m1"));
        MessageRef bensCopy = ref(BEN, "b1");
        Disposition[] dispositions = {Disposition.CAPTURED, Disposition.UNMATCHED};
        AtomicInteger writers = new AtomicInteger();

        Concurrently.run(WRITERS, () -> {
            Disposition disposition = dispositions[writers.getAndIncrement() % 2];
            stores.messages().recordSighting(message.key(), message.ref(), disposition);
            stores.messages().recordSighting(message.key(), bensCopy, disposition);
            return null;
        });

        assertThat(stores.messages().sightings(message.key())).containsExactlyInAnyOrder(message.ref(), bensCopy);
        assertThat(stores.messages().disposition(message.ref())).get().isIn((Object[]) dispositions);
        assertThat(stores.messages().knownIds(message.ref().mailbox(), List.of(message.ref().messageId())))
                .containsExactly(message.ref().messageId());
    }

    private CaptureBatch.Captured captured(ParsedMessage message) {
        return new CaptureBatch.Captured(message.key(), message.ref(), message, proposalsFor(message));
    }

    /** Jane wrote it, Raj is copied: two proposals, one per contact. */
    private ParsedMessage fromJaneCcRaj(MessageRef ref) {
        return full(ref)
                .from(Participant.of("Jane Doe", "jane@lp.example"))
                .cc(Participant.of("Raj Patel", "raj@lp.example"))
                .build();
    }

    private List<Proposal> proposalsFor(ParsedMessage message) {
        return List.of(proposal(message, jane, ParticipantRole.FROM), proposal(message, raj, ParticipantRole.CC));
    }

    private static Proposal proposal(ParsedMessage message, Contact contact, ParticipantRole role) {
        Match match = new Match(new ProposalTarget.KnownContact(contact.id()),
                new Participant(contact.addresses().get(0), contact.name()), role, MatchRule.EXACT_ADDRESS);
        return Proposal.pending(message.key(), match, MessageFixtures.SENT, MessageFixtures.SENT);
    }
}
