package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.Visibility;
import java.util.List;
import java.util.Objects;

/** Approves many proposals, each on its own: one outcome per id, in order. */
public interface BulkApprove {

    List<ReviewOutcome> approveAll(Command command);

    record Command(List<ProposalId> proposals, EmailAddress reviewer, Visibility visibilityOrNull) {
        public Command {
            proposals = List.copyOf(proposals);
            Objects.requireNonNull(reviewer, "reviewer");
            if (proposals.size() > 500) {
                throw new IllegalArgumentException("at most 500 proposals at once, got " + proposals.size());
            }
        }
    }
}
