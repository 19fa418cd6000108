package dev.fundcrm.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A person in the CRM: an LP or a prospect. {@code addresses} are the ones the CRM was given;
 * {@code aliases} were learnt in review ("this address is also Jane"). Both match. {@code organizationId}
 * is null for a contact with no organization.
 */
public record Contact(ContactId id, String name, List<EmailAddress> addresses, List<EmailAddress> aliases,
                      OrganizationId organizationIdOrNull) {

    public Contact {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        addresses = List.copyOf(addresses);
        aliases = List.copyOf(aliases);
    }

    public static Contact of(String name, String address) {
        return new Contact(ContactId.random(), name, List.of(EmailAddress.of(address)), List.of(), null);
    }

    public Contact inOrganization(OrganizationId organization) {
        return new Contact(id, name, addresses, aliases, organization);
    }

    public Contact withAlias(EmailAddress alias) {
        if (knows(alias)) {
            return this;
        }
        List<EmailAddress> more = new ArrayList<>(aliases);
        more.add(alias);
        return new Contact(id, name, addresses, more, organizationIdOrNull);
    }

    public Optional<OrganizationId> organizationId() {
        return Optional.ofNullable(organizationIdOrNull);
    }

    /** Every address of this contact, given ones first. */
    public List<EmailAddress> allAddresses() {
        return Stream.concat(addresses.stream(), aliases.stream()).toList();
    }

    /** Whether the address reaches this contact by the matching rules. */
    public boolean knows(EmailAddress address) {
        return allAddresses().stream().anyMatch(address::sameMailboxAs);
    }

    /** The display name, or the first address when the contact has no name. */
    public String displayName() {
        if (!name.isEmpty() || addresses.isEmpty()) {
            return name;
        }
        return addresses.get(0).value();
    }
}
