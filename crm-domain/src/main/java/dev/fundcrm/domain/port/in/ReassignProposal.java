package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import java.util.Objects;

/**
 * Points a pending proposal's evidence at another contact: the old proposal is closed as reassigned and a
 * pending one for the new contact takes its place (Applied carries the new one).
 */
public interface ReassignProposal {

    ReviewOutcome reassign(Command command);

    record Command(ProposalId proposal, ContactId contact, EmailAddress reviewer) {
        public Command {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }
}
