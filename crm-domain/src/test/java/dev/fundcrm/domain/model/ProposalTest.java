package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private static final MessageKey MESSAGE = MessageKey.of(new MessageId("<q1@lp.example>"));
    private static final EmailAddress REVIEWER = EmailAddress.of("reviewer@fund.example");
    private static final Instant SENT = Instant.parse("2026-03-02T09:15:00Z");
    private static final Instant CREATED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T08:00:00Z");
    private static final ContactId JANE = ContactId.random();

    private static Proposal pendingForJane() {
        Match match = new Match(new ProposalTarget.KnownContact(JANE), Participant.of("jane@lp.example"),
                ParticipantRole.FROM, MatchRule.EXACT_ADDRESS);
        return Proposal.pending(MESSAGE, match, SENT, CREATED);
    }

    private static Proposal pendingForNewPerson() {
        EmailAddress address = EmailAddress.of("newbie@lp.example");
        Match match = new Match(new ProposalTarget.NewPerson(OrganizationId.random(), address),
                new Participant(address, ""), ParticipantRole.CC, MatchRule.ORGANIZATION_DOMAIN);
        return Proposal.pending(MESSAGE, match, SENT, CREATED);
    }

    @Test
    void aNewProposalIsPendingAtVersionOneWithoutDecision() {
        Proposal proposal = pendingForJane();

        assertThat(proposal.state()).isEqualTo(ProposalState.PENDING);
        assertThat(proposal.isPending()).isTrue();
        assertThat(proposal.version()).isEqualTo(1);
        assertThat(proposal.decision()).isEmpty();
        assertThat(proposal.id()).isEqualTo(ProposalId.of(MESSAGE, new ProposalTarget.KnownContact(JANE)));
    }

    @Test
    void approvingRecordsTheDecisionAndBumpsTheVersion() {
        Proposal pending = pendingForJane();

        Proposal approved = pending.approve(REVIEWER, LATER, Visibility.FULL_EXCERPT);

        assertThat(approved.state()).isEqualTo(ProposalState.APPROVED);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.id()).isEqualTo(pending.id());
        assertThat(approved.decision()).contains(new Decision(REVIEWER, LATER, "", Visibility.FULL_EXCERPT));
        assertThat(pending.state()).isEqualTo(ProposalState.PENDING);
    }

    @Test
    void undoingAnApprovalMakesItPendingAgainAtTheNextVersion() {
        Proposal undone = pendingForJane().approve(REVIEWER, LATER, Visibility.SUBJECT).undoApproval(REVIEWER, LATER);

        assertThat(undone.state()).isEqualTo(ProposalState.PENDING);
        assertThat(undone.version()).isEqualTo(3);
        assertThat(undone.decision()).hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo("approval undone"));
        assertThat(undone.approve(REVIEWER, LATER, Visibility.SUBJECT).version()).isEqualTo(4);
    }

    @Test
    void rejectingKeepsTheReason() {
        Proposal rejected = pendingForJane().reject(REVIEWER, LATER, "  newsletter  ");

        assertThat(rejected.state()).isEqualTo(ProposalState.REJECTED);
        assertThat(rejected.version()).isEqualTo(2);
        assertThat(rejected.decision()).hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo("newsletter"));
    }

    @Test
    void aRejectionIsFinal() {
        Proposal rejected = pendingForJane().reject(REVIEWER, LATER, "");

        assertThatIllegalStateException().isThrownBy(() -> rejected.approve(REVIEWER, LATER, Visibility.SUBJECT))
                .withMessageContaining("it is REJECTED");
        assertThatIllegalStateException().isThrownBy(() -> rejected.reject(REVIEWER, LATER, ""))
                .withMessageContaining("it is REJECTED");
        assertThatIllegalStateException().isThrownBy(() -> rejected.undoApproval(REVIEWER, LATER))
                .withMessageContaining("it is REJECTED");
        assertThatIllegalStateException().isThrownBy(() -> rejected.reassignedTo(ContactId.random(), MatchRule.REVIEWER))
                .withMessageContaining("it is REJECTED");
    }

    @Test
    void anApprovedProposalCannotBeApprovedOrRejectedAgain() {
        Proposal approved = pendingForJane().approve(REVIEWER, LATER, Visibility.SUBJECT);

        assertThatIllegalStateException().isThrownBy(() -> approved.approve(REVIEWER, LATER, Visibility.SUBJECT))
                .withMessage("cannot approve proposal " + approved.id() + ": it is APPROVED");
        assertThatIllegalStateException().isThrownBy(() -> approved.reject(REVIEWER, LATER, ""))
                .withMessageContaining("it is APPROVED");
    }

    @Test
    void onlyAnApprovalCanBeUndone() {
        assertThatIllegalStateException().isThrownBy(() -> pendingForJane().undoApproval(REVIEWER, LATER))
                .withMessageContaining("it is PENDING");
    }

    @Test
    void aNewPersonCannotBeApprovedUntilReviewSaysWhoTheyAre() {
        Proposal proposal = pendingForNewPerson();

        assertThatIllegalStateException()
                .isThrownBy(() -> proposal.approve(REVIEWER, LATER, Visibility.SUBJECT))
                .withMessageContaining("new person");
        assertThat(proposal.reject(REVIEWER, LATER, "not an LP").state()).isEqualTo(ProposalState.REJECTED);
    }

    @Test
    void reassigningMakesANewPendingProposalForTheOtherContact() {
        Proposal original = pendingForNewPerson();
        ContactId other = ContactId.random();

        Proposal moved = original.reassignedTo(other, MatchRule.REVIEWER);

        assertThat(moved.target()).isEqualTo(new ProposalTarget.KnownContact(other));
        assertThat(moved.id()).isNotEqualTo(original.id());
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.match().rule()).isEqualTo(MatchRule.REVIEWER);
        assertThat(moved.match().participant()).isEqualTo(original.match().participant());
        assertThat(moved.occurredAt()).isEqualTo(SENT);
    }

    @Test
    void anIdThatDoesNotDeriveFromMessageAndTargetIsRefused() {
        Proposal valid = pendingForJane();
        ProposalId otherId = ProposalId.of(MESSAGE, new ProposalTarget.KnownContact(ContactId.random()));

        assertThatIllegalArgumentException().isThrownBy(() -> new Proposal(otherId, MESSAGE, valid.match(),
                ProposalState.PENDING, 1, SENT, CREATED, null)).withMessageContaining("does not derive");
    }

    @Test
    void versionsStartAtOne() {
        Proposal valid = pendingForJane();

        assertThatIllegalArgumentException().isThrownBy(() -> new Proposal(valid.id(), MESSAGE, valid.match(),
                ProposalState.PENDING, 0, SENT, CREATED, null)).withMessageContaining("was 0");
    }
}
