package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import java.util.Objects;

/** Takes an approved message off the contact's record and puts the proposal back in the queue; audited. */
public interface UndoApproval {

    ReviewOutcome undo(Command command);

    record Command(ProposalId proposal, EmailAddress reviewer) {
        public Command {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }
}
