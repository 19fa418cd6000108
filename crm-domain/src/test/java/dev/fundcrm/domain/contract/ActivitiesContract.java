package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.StoreFixtures.activityFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.port.out.Activities;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.StoreFixtures;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Activities} promises: at most one activity per proposal, removable and addable again; a
 * contact's timeline newest first by (occurredAt, id) descending, ids compared in text form; approvals in a
 * half-open interval oldest first.
 */
public abstract class ActivitiesContract {

    private static final String ANNA = "anna@fund.example";
    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-03T08:00:00Z");
    /** Fixed, so that the activities of messages t0 and t1 order one way as text and the other as signed UUIDs. */
    private static final ContactId JANE_ID = new ContactId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    private Activities activities;
    private StoreFixtures fixtures;
    private Contact jane;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        Stores stores = newStores();
        activities = stores.activities();
        fixtures = new StoreFixtures(stores);
        jane = fixtures.contact(new Contact(JANE_ID, "Jane", List.of(EmailAddress.of("jane@lp.example")), List.of(),
                null));
    }

    @Test
    void addsOneActivityPerProposal() {
        Proposal proposal = proposalSentAt("m1", T1);
        Activity first = activityFor(proposal, T2);

        assertThat(activities.add(first)).isTrue();
        assertThat(activities.add(activityFor(proposal, T3))).isFalse();

        assertThat(activities.forProposal(proposal.id())).contains(first);
        assertThat(activities.forContact(jane.id(), 10)).containsExactly(first);
    }

    @Test
    void removingAnActivityAllowsAddingItAgain() {
        Proposal proposal = proposalSentAt("m1", T1);
        activities.add(activityFor(proposal, T2));

        assertThat(activities.removeForProposal(proposal.id())).isTrue();
        assertThat(activities.forProposal(proposal.id())).isEmpty();
        assertThat(activities.removeForProposal(proposal.id())).isFalse();
        assertThat(activities.add(activityFor(proposal, T3))).isTrue();
        assertThat(activities.forProposal(proposal.id())).map(Activity::approvedAt).contains(T3);
    }

    @Test
    void anUnknownProposalHasNoActivity() {
        activities.add(activityFor(proposalSentAt("m1", T1), T2));
        ProposalId unknown = ProposalId.parse("00000000-0000-0000-0000-000000000001");

        assertThat(activities.forProposal(unknown)).isEmpty();
        assertThat(activities.removeForProposal(unknown)).isFalse();
        assertThat(activities.forContact(fixtures.contact("Bob", "bob@lp.example").id(), 10)).isEmpty();
    }

    @Test
    void aTimelineIsNewestFirstThenByIdDescendingUpToTheLimit() {
        Activity oldest = added(proposalSentAt("m1", T1), T3);
        Activity newest = added(proposalSentAt("m3", T3), T1);
        List<Activity> sameTime = Stream.of(added(proposalSentAt("t0", T2), T1), added(proposalSentAt("t1", T2), T1))
                .sorted(Comparator.comparing((Activity activity) -> activity.id().toString()).reversed())
                .toList();

        assertThat(activities.forContact(jane.id(), 10))
                .containsExactly(newest, sameTime.get(0), sameTime.get(1), oldest);
        assertThat(activities.forContact(jane.id(), 2)).containsExactly(newest, sameTime.get(0));
    }

    @Test
    void approvedBetweenIsHalfOpenAndOldestApprovalFirst() {
        Activity atEnd = added(proposalSentAt("m1", T1), T3);
        Activity second = added(proposalSentAt("m2", T1), T2.plusSeconds(1));
        Activity atStart = added(proposalSentAt("m3", T3), T2);
        added(proposalSentAt("m4", T2), T1);

        assertThat(activities.approvedBetween(T2, T3)).containsExactly(atStart, second);
        assertThat(activities.approvedBetween(T3, T3.plusSeconds(1))).containsExactly(atEnd);
    }

    private Proposal proposalSentAt(String gmailId, Instant sentAt) {
        return fixtures.proposal(fixtures.captured(message(ANNA, gmailId, sentAt)), jane);
    }

    private Activity added(Proposal proposal, Instant approvedAt) {
        Activity activity = activityFor(proposal, approvedAt);
        activities.add(activity);
        return activity;
    }
}
