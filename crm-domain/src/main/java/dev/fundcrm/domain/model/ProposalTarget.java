package dev.fundcrm.domain.model;

import java.util.Objects;

/** What a proposal would put a message on: a known contact, or a new person at a known organization. */
public sealed interface ProposalTarget {

    /** A stable text key, unique per target: with the message key it identifies a proposal. */
    String key();

    record KnownContact(ContactId contactId) implements ProposalTarget {
        public KnownContact {
            Objects.requireNonNull(contactId, "contactId");
        }

        @Override
        public String key() {
            return "contact:" + contactId.value();
        }
    }

    /** A participant at an organization's domain who is not a contact; review decides who they are. */
    record NewPerson(OrganizationId organizationId, EmailAddress address) implements ProposalTarget {
        public NewPerson {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String key() {
            return "org:" + organizationId.value() + ":" + address.normalized();
        }
    }
}
