package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import java.util.Objects;

/**
 * Decides who a participant at a known organization is, for a proposal that names a new person: a new
 * contact, an alias of an existing contact (future mail from the address then matches that contact), or
 * nobody worth keeping. The first two leave a pending proposal on the contact to approve.
 */
public interface ResolveNewPerson {

    ReviewOutcome resolve(Command command);

    sealed interface Choice {
        /** Make a contact of the participant; {@code name} "" takes the display name from the message. */
        record CreateContact(String name) implements Choice {
        }

        record AliasOf(ContactId contact) implements Choice {
            public AliasOf {
                Objects.requireNonNull(contact, "contact");
            }
        }

        record Ignore() implements Choice {
        }
    }

    record Command(ProposalId proposal, Choice choice, EmailAddress reviewer) {
        public Command {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }
}
