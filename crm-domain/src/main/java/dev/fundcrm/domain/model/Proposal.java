package dev.fundcrm.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A suggestion that a captured message belongs on a contact's record. Nothing reaches the record until a
 * human approves. Immutable: each transition returns a new proposal with {@code version + 1}, which stores
 * use for optimistic concurrency. An illegal transition throws {@link IllegalStateException} naming the
 * current state.
 *
 * @param occurredAt when the message was sent (capture time if the message had no readable date):
 *                   pending proposals are reviewed oldest first by it
 * @param createdAt when the proposal was made: its age in the queue
 * @param decisionOrNull the last decision, null while never decided
 */
public record Proposal(ProposalId id, MessageKey messageKey, Match match, ProposalState state, long version,
                       Instant occurredAt, Instant createdAt, Decision decisionOrNull) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
        if (!id.equals(ProposalId.of(messageKey, match.target()))) {
            throw new IllegalArgumentException("proposal id " + id + " does not derive from its message and target");
        }
    }

    /** A new pending proposal, version 1. */
    public static Proposal pending(MessageKey message, Match match, Instant occurredAt, Instant createdAt) {
        return new Proposal(ProposalId.of(message, match.target()), message, match, ProposalState.PENDING, 1,
                occurredAt, createdAt, null);
    }

    public ProposalTarget target() {
        return match.target();
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decisionOrNull);
    }

    public boolean isPending() {
        return state == ProposalState.PENDING;
    }

    public Proposal approve(EmailAddress reviewer, Instant at, Visibility visibility) {
        requireState(ProposalState.PENDING, "approve");
        if (!(target() instanceof ProposalTarget.KnownContact)) {
            throw new IllegalStateException("proposal " + id + " names a new person at an organization:"
                    + " create a contact or add an alias before approving");
        }
        Objects.requireNonNull(visibility, "visibility");
        return next(ProposalState.APPROVED, match, new Decision(reviewer, at, "", visibility));
    }

    public Proposal reject(EmailAddress reviewer, Instant at, String reason) {
        requireState(ProposalState.PENDING, "reject");
        return next(ProposalState.REJECTED, match, new Decision(reviewer, at, reason, null));
    }

    public Proposal undoApproval(EmailAddress reviewer, Instant at) {
        requireState(ProposalState.APPROVED, "undo the approval of");
        return next(ProposalState.PENDING, match, new Decision(reviewer, at, "approval undone", null));
    }

    /**
     * The same evidence pointed at another contact. A proposal's id derives from its target, so this is a
     * new proposal (version 1); the caller retires this one.
     */
    public Proposal reassignedTo(ContactId contact, MatchRule rule) {
        requireState(ProposalState.PENDING, "reassign");
        Match moved = new Match(new ProposalTarget.KnownContact(contact), match.participant(), match.role(), rule);
        return pending(messageKey, moved, occurredAt, createdAt);
    }

    private Proposal next(ProposalState newState, Match newMatch, Decision decision) {
        return new Proposal(id, messageKey, newMatch, newState, version + 1, occurredAt, createdAt, decision);
    }

    private void requireState(ProposalState required, String action) {
        if (state != required) {
            throw new IllegalStateException("cannot " + action + " proposal " + id + ": it is " + state);
        }
    }
}
