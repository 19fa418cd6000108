package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import java.util.Objects;

/** What a review action did: applied it, found the proposal in another state (nothing changed), or no proposal. */
public sealed interface ReviewOutcome {

    /** Applied; {@code proposal} is its state afterwards (for a reassignment, the new proposal). */
    record Applied(Proposal proposal) implements ReviewOutcome {
        public Applied {
            Objects.requireNonNull(proposal, "proposal");
        }
    }

    /**
     * Not applied because the proposal is not in a state that allows it, or another reviewer changed it
     * first. Nothing was written. Approving an approved proposal ends here: approving twice changes nothing.
     */
    record Conflict(Proposal current, String reason) implements ReviewOutcome {
        public Conflict {
            Objects.requireNonNull(current, "current");
        }
    }

    record NotFound(ProposalId id) implements ReviewOutcome {
    }
}
