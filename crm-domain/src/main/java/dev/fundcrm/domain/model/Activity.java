package dev.fundcrm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A message on a contact's record, written only by approving a proposal (one activity per proposal).
 * {@code subject} and {@code excerpt} are "" unless the chosen visibility shows them.
 */
public record Activity(ActivityId id, ProposalId proposalId, ContactId contactId, MessageKey messageKey,
                       Instant occurredAt, Direction direction, Visibility visibility, String subject,
                       String excerpt, EmailAddress approvedBy, Instant approvedAt) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        subject = visibility == Visibility.METADATA_ONLY || subject == null ? "" : subject;
        excerpt = visibility != Visibility.FULL_EXCERPT || excerpt == null ? "" : excerpt;
        if (!id.equals(ActivityId.of(proposalId))) {
            throw new IllegalArgumentException("activity id " + id + " does not derive from proposal " + proposalId);
        }
    }
}
