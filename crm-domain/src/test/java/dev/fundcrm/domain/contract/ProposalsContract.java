package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.out.Proposals;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.StoreFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Proposals} promises: one proposal per id, compare-and-set updates of which exactly one of
 * many concurrent ones wins, and the queue's counters. The review queue's paging and filters are in
 * {@link PendingProposalsContract}.
 */
public abstract class ProposalsContract {

    private static final String ANNA = "anna@fund.example";
    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-03T08:00:00Z");
    private static final EmailAddress REVIEWER = EmailAddress.of("rita@fund.example");

    private Proposals proposals;
    private StoreFixtures fixtures;
    private Contact jane;
    private Contact bob;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        Stores stores = newStores();
        proposals = stores.proposals();
        fixtures = new StoreFixtures(stores);
        jane = fixtures.contact("Jane", "jane@lp.example");
        bob = fixtures.contact("Bob", "bob@lp.example");
    }

    @Test
    void addsAProposalOnlyIfItsIdIsNew() {
        ParsedMessage message = fixtures.captured(message(ANNA, "m1", T1));
        Proposal first = Proposal.pending(message.key(), janeMatch(message), T1, T2);
        Proposal again = Proposal.pending(message.key(), janeMatch(message), T1, T3);

        assertThat(proposals.addIfAbsent(first)).isTrue();
        assertThat(proposals.addIfAbsent(again)).isFalse();

        assertThat(proposals.find(first.id())).contains(first);
    }

    @Test
    void anUnknownIdFindsNothing() {
        fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);

        assertThat(proposals.find(ProposalId.parse("00000000-0000-0000-0000-000000000001"))).isEmpty();
    }

    @Test
    void updateReplacesTheProposalWhenItHoldsTheNextVersion() {
        Proposal pending = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        Proposal approved = pending.approve(REVIEWER, T2, Visibility.SUBJECT);

        assertThat(proposals.update(approved)).isTrue();

        assertThat(proposals.find(pending.id())).contains(approved);
    }

    @Test
    void aStaleUpdateReturnsFalseAndChangesNothing() {
        Proposal pending = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        Proposal approved = pending.approve(REVIEWER, T2, Visibility.SUBJECT);
        proposals.update(approved);

        boolean rejected = proposals.update(pending.reject(REVIEWER, T3, "too late"));

        assertThat(rejected).isFalse();
        assertThat(proposals.find(pending.id())).contains(approved);
    }

    @Test
    void anUpdateSkippingAVersionIsRefused() {
        Proposal pending = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        Proposal undone = pending.approve(REVIEWER, T2, Visibility.SUBJECT).undoApproval(REVIEWER, T3);

        assertThat(proposals.update(undone)).isFalse();
        assertThat(proposals.find(pending.id())).contains(pending);
    }

    @Test
    void updatingAnUnknownProposalReturnsFalseAndAddsNothing() {
        ParsedMessage message = fixtures.captured(message(ANNA, "m1", T1));
        Proposal neverAdded = Proposal.pending(message.key(), janeMatch(message), T1, T1);

        assertThat(proposals.update(neverAdded.approve(REVIEWER, T2, Visibility.SUBJECT))).isFalse();
        assertThat(proposals.find(neverAdded.id())).isEmpty();
    }

    @Test
    void ofManyConcurrentUpdatesExactlyOneWins() {
        Proposal pending = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        int threads = 50;
        AtomicInteger reviewerNumber = new AtomicInteger();

        List<Proposal> winners = Concurrently.run(threads, () -> {
            EmailAddress reviewer = EmailAddress.of("reviewer" + reviewerNumber.incrementAndGet() + "@fund.example");
            Proposal approved = pending.approve(reviewer, T2, Visibility.SUBJECT);
            return Optional.of(approved).filter(proposals::update);
        }).stream().flatMap(Optional::stream).toList();

        assertThat(winners).hasSize(1);
        assertThat(proposals.find(pending.id())).contains(winners.get(0));
    }

    @Test
    void forMessageGivesEveryProposalOfThatMessage() {
        ParsedMessage message = fixtures.captured(message(ANNA, "m1", T1));
        Proposal forJane = fixtures.proposal(message, jane);
        Proposal forBob = fixtures.proposal(message, bob);
        fixtures.proposal(fixtures.captured(message(ANNA, "m2", T2)), jane);

        assertThat(proposals.forMessage(message.key())).containsExactlyInAnyOrder(forJane, forBob);
        assertThat(proposals.forMessage(message(ANNA, "m9").key())).isEmpty();
    }

    @Test
    void countsPendingProposalsAndKnowsWhenTheOldestWasCreated() {
        Proposal oldestButApproved = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane, T1);
        fixtures.proposal(fixtures.captured(message(ANNA, "m2", T1)), jane, T3);
        fixtures.proposal(fixtures.captured(message(ANNA, "m3", T1)), jane, T2);
        proposals.update(oldestButApproved.approve(REVIEWER, T3, Visibility.SUBJECT));

        assertThat(proposals.countPending()).isEqualTo(2);
        assertThat(proposals.oldestPendingCreatedAt()).contains(T2);
        assertThat(proposals.countByState()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ProposalState.PENDING, 2L, ProposalState.APPROVED, 1L, ProposalState.REJECTED, 0L));
    }

    @Test
    void anEmptyQueueCountsZeroAndHasNoOldest() {
        Proposal rejected = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        proposals.update(rejected.reject(REVIEWER, T2, "not relevant"));

        assertThat(proposals.countPending()).isZero();
        assertThat(proposals.oldestPendingCreatedAt()).isEmpty();
        assertThat(proposals.find(rejected.id())).map(Proposal::state).contains(ProposalState.REJECTED);
    }

    private Match janeMatch(ParsedMessage message) {
        return new Match(new ProposalTarget.KnownContact(jane.id()), message.from().get(0), ParticipantRole.FROM,
                MatchRule.EXACT_ADDRESS);
    }
}
