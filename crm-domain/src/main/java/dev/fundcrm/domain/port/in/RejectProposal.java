package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import java.util.Objects;

/** Rejects a pending proposal with a reason; optionally blocks its participant's address or domain for good. */
public interface RejectProposal {

    ReviewOutcome reject(Command command);

    /** Whether to blocklist the matched participant so their mail is never captured again. */
    enum Block { NOTHING, ADDRESS, DOMAIN }

    record Command(ProposalId proposal, EmailAddress reviewer, String reason, Block block) {
        public Command {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(reviewer, "reviewer");
            reason = reason == null ? "" : reason.strip();
            block = block == null ? Block.NOTHING : block;
        }
    }
}
