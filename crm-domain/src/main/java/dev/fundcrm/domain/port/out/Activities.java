package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.ProposalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is on contacts' records. Only the review use case writes here (an ArchUnit rule holds it to that).
 * At most one activity per proposal. Thread-safe.
 */
public interface Activities {

    /** Adds the activity unless its proposal already has one; true if added. */
    boolean add(Activity activity);

    /** Removes the proposal's activity (an undone approval); true if there was one. */
    boolean removeForProposal(ProposalId proposal);

    Optional<Activity> forProposal(ProposalId proposal);

    /** A contact's timeline, newest first (by occurredAt, then id), at most {@code limit}. */
    List<Activity> forContact(ContactId contact, int limit);

    /** Activities approved in [from, to), oldest approval first. */
    List<Activity> approvedBetween(Instant from, Instant to);
}
