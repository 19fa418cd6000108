package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.OrganizationId;
import java.util.List;
import java.util.Objects;

/**
 * Changes a contact: its name, its organization, its given addresses and its aliases, all changes of one
 * command at once or none. An added address or alias is backfilled. Adding an address the contact already
 * has, or removing one it lacks, changes nothing.
 */
public interface EditContact {

    /** One change to a contact. */
    sealed interface Change {
    }

    record Rename(String name) implements Change {
        public Rename {
            name = name == null ? "" : name.strip();
        }
    }

    /** {@code organizationOrNull}: the new organization, which must exist, or null for none. */
    record MoveTo(OrganizationId organizationOrNull) implements Change {
    }

    record AddAddress(EmailAddress address) implements Change {
        public AddAddress {
            Objects.requireNonNull(address, "address");
        }
    }

    record RemoveAddress(EmailAddress address) implements Change {
        public RemoveAddress {
            Objects.requireNonNull(address, "address");
        }
    }

    record AddAlias(EmailAddress alias) implements Change {
        public AddAlias {
            Objects.requireNonNull(alias, "alias");
        }
    }

    record RemoveAlias(EmailAddress alias) implements Change {
        public RemoveAlias {
            Objects.requireNonNull(alias, "alias");
        }
    }

    record Command(ContactId contact, List<Change> changes, EmailAddress actor) {
        public Command {
            Objects.requireNonNull(contact, "contact");
            changes = List.copyOf(changes);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * The contact as it is afterwards.
     *
     * @throws dev.fundcrm.domain.port.out.AddressTakenException if an added address reaches another contact
     * @throws dev.fundcrm.domain.model.UnknownRecordException if the contact or the organization does not exist
     * @throws IllegalArgumentException if the contact would be left without an address, or a name is too long
     */
    Contact edit(Command command);
}
