package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.Visibility;
import java.util.Objects;

/**
 * Puts a pending proposal's message on its contact's record: exactly one activity, one audit event. A second
 * approval, or one that loses a race, is a {@link ReviewOutcome.Conflict} and writes nothing.
 */
public interface ApproveProposal {

    ReviewOutcome approve(Command command);

    /** {@code visibility} null: the fund's default. */
    record Command(ProposalId proposal, EmailAddress reviewer, Visibility visibilityOrNull) {
        public Command {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }
}
