package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.OrganizationId;
import java.util.List;
import java.util.Objects;

/**
 * Adds a contact with the addresses the CRM was given, and asks for a backfill of their earlier mail.
 * Not idempotent: a second call with the same address fails, as the address is then taken.
 */
public interface CreateContact {

    /** {@code organizationOrNull}: the contact's organization, which must exist; {@code actor}: who did it. */
    record Command(String name, List<EmailAddress> addresses, OrganizationId organizationOrNull, EmailAddress actor) {
        public Command {
            name = name == null ? "" : name.strip();
            addresses = List.copyOf(addresses);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * @throws dev.fundcrm.domain.port.out.AddressTakenException if an address reaches another contact
     * @throws dev.fundcrm.domain.model.UnknownRecordException if the organization does not exist
     * @throws IllegalArgumentException for no address or a name too long, naming the problem
     */
    Contact create(Command command);
}
