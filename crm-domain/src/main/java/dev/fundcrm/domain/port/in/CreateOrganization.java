package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import java.util.List;
import java.util.Objects;

/** Adds an organization with its mail domains, and asks for a backfill of mail from those domains. */
public interface CreateOrganization {

    /** {@code domains}: as typed (Unicode or ASCII, any case); they are checked and made ASCII lower-case. */
    record Command(String name, List<String> domains, EmailAddress actor) {
        public Command {
            name = name == null ? "" : name.strip();
            domains = List.copyOf(domains);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * @throws dev.fundcrm.domain.port.out.AddressTakenException if a domain belongs to another organization
     * @throws IllegalArgumentException for a blank or too long name or a bad domain, naming it
     */
    Organization create(Command command);
}
