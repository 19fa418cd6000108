package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import java.util.List;
import java.util.Objects;

/**
 * Changes an organization: its name and its domains, all changes of one command at once or none. An added
 * domain is backfilled. Adding a domain it owns, or removing one it lacks, changes nothing.
 */
public interface EditOrganization {

    /** One change to an organization. */
    sealed interface Change {
    }

    record Rename(String name) implements Change {
        public Rename {
            name = name == null ? "" : name.strip();
        }
    }

    /** {@code domain}: as typed; checked and made ASCII lower-case. */
    record AddDomain(String domain) implements Change {
        public AddDomain {
            Objects.requireNonNull(domain, "domain");
        }
    }

    record RemoveDomain(String domain) implements Change {
        public RemoveDomain {
            Objects.requireNonNull(domain, "domain");
        }
    }

    record Command(OrganizationId organization, List<Change> changes, EmailAddress actor) {
        public Command {
            Objects.requireNonNull(organization, "organization");
            changes = List.copyOf(changes);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * The organization as it is afterwards.
     *
     * @throws dev.fundcrm.domain.port.out.AddressTakenException if an added domain belongs to another organization
     * @throws dev.fundcrm.domain.model.UnknownRecordException if there is no such organization
     * @throws IllegalArgumentException for a blank or too long name or a bad domain, naming it
     */
    Organization edit(Command command);
}
