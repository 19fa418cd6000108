package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposals, one per (message, target) — which the derived {@link ProposalId} makes a single key. Updates
 * are compare-and-set on the version, so of two concurrent reviewers exactly one wins. Thread-safe.
 */
public interface Proposals {

    /** Adds a new proposal unless one with its id exists; true if it was added. */
    boolean addIfAbsent(Proposal proposal);

    /**
     * Replaces the stored proposal with {@code updated} if the stored version is {@code updated.version() - 1}.
     *
     * @return false, changing nothing, if the proposal was changed meanwhile (or does not exist)
     */
    boolean update(Proposal updated);

    Optional<Proposal> find(ProposalId id);

    List<Proposal> forMessage(MessageKey key);

    /**
     * Pending proposals oldest first (by {@code occurredAt}, then id), filtered, one page.
     *
     * @throws IllegalArgumentException for a cursor this store did not hand out
     */
    Page<Proposal> pending(PendingQuery query);

    /** How many proposals are pending. */
    long countPending();

    /** How many proposals are in each state; every state is a key, 0 when none is in it (for {@code /metrics}). */
    Map<ProposalState, Long> countByState();

    /** When the longest-waiting pending proposal was created. */
    Optional<Instant> oldestPendingCreatedAt();
}
