package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Domains;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.out.AddressTakenException;
import dev.fundcrm.domain.port.out.ContactQuery;
import dev.fundcrm.domain.port.out.Contacts;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Contacts and organizations in memory, with an index from each normalized address to its contact and from
 * each domain to its organization. A domain lookup walks up the parent domains, so the most specific owner
 * wins. Lists sort by name, then by id in its text form. Thread-safe: every method is synchronized.
 */
public final class InMemoryContacts implements Contacts {

    private static final Comparator<Contact> BY_NAME =
            Comparator.comparing(Contact::name).thenComparing(contact -> contact.id().toString());

    private final Map<ContactId, Contact> contacts = new HashMap<>();
    private final Map<String, ContactId> contactByAddress = new HashMap<>();
    private final Map<OrganizationId, Organization> organizations = new HashMap<>();
    private final Map<String, OrganizationId> organizationByDomain = new HashMap<>();

    @Override
    public synchronized void add(Contact contact) {
        if (contacts.containsKey(contact.id())) {
            throw new IllegalArgumentException("contact " + contact.id() + " already exists");
        }
        for (EmailAddress address : contact.allAddresses()) {
            requireFree(address, contact.id());
        }
        contacts.put(contact.id(), contact);
        contact.allAddresses().forEach(address -> contactByAddress.put(address.normalized(), contact.id()));
    }

    @Override
    public synchronized void addOrganization(Organization organization) {
        if (organizations.containsKey(organization.id())) {
            throw new IllegalArgumentException("organization " + organization.id() + " already exists");
        }
        for (String domain : organization.domains()) {
            if (organizationByDomain.containsKey(domain)) {
                throw new AddressTakenException("domain " + domain);
            }
        }
        organizations.put(organization.id(), organization);
        organization.domains().forEach(domain -> organizationByDomain.put(domain, organization.id()));
    }

    @Override
    public synchronized Contact addAlias(ContactId id, EmailAddress alias) {
        Contact contact = contacts.get(id);
        if (contact == null) {
            throw new UnknownRecordException("contact " + id);
        }
        requireFree(alias, id);
        Contact updated = contact.withAlias(alias);
        contacts.put(id, updated);
        contactByAddress.put(alias.normalized(), id);
        return updated;
    }

    @Override
    public synchronized void update(Contact contact) {
        Contact old = contacts.get(contact.id());
        if (old == null) {
            throw new UnknownRecordException("contact " + contact.id());
        }
        for (EmailAddress address : contact.allAddresses()) {
            requireFree(address, contact.id());
        }
        old.allAddresses().forEach(address -> contactByAddress.remove(address.normalized()));
        contacts.put(contact.id(), contact);
        contact.allAddresses().forEach(address -> contactByAddress.put(address.normalized(), contact.id()));
    }

    @Override
    public synchronized void updateOrganization(Organization organization) {
        Organization old = organizations.get(organization.id());
        if (old == null) {
            throw new UnknownRecordException("organization " + organization.id());
        }
        for (String domain : organization.domains()) {
            OrganizationId owner = organizationByDomain.get(domain);
            if (owner != null && !owner.equals(organization.id())) {
                throw new AddressTakenException("domain " + domain);
            }
        }
        old.domains().forEach(organizationByDomain::remove);
        organizations.put(organization.id(), organization);
        organization.domains().forEach(domain -> organizationByDomain.put(domain, organization.id()));
    }

    @Override
    public synchronized Optional<Contact> find(ContactId id) {
        return Optional.ofNullable(contacts.get(id));
    }

    @Override
    public synchronized Optional<Contact> findByAddress(EmailAddress address) {
        return Optional.ofNullable(contactByAddress.get(address.normalized())).map(contacts::get);
    }

    @Override
    public synchronized Optional<Organization> findOrganization(OrganizationId id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public synchronized Optional<Organization> findOrganizationByDomain(String asciiDomain) {
        String domain = Domains.ascii(asciiDomain);
        while (true) {
            OrganizationId owner = organizationByDomain.get(domain);
            if (owner != null) {
                return Optional.of(organizations.get(owner));
            }
            int dot = domain.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            domain = domain.substring(dot + 1);
        }
    }

    @Override
    public synchronized List<Contact> all() {
        return contacts.values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public synchronized List<Contact> search(String text, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        return contacts.values().stream()
                .filter(contact -> contains(contact, needle))
                .sorted(BY_NAME)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Contact> list(ContactQuery query) {
        String needle = query.text().toLowerCase(Locale.ROOT);
        Contact position = query.hasPosition()
                ? new Contact(query.afterId(), query.afterName(), List.of(), List.of(), null) : null;
        return contacts.values().stream()
                .filter(contact -> contains(contact, needle))
                .filter(contact -> position == null || BY_NAME.compare(contact, position) > 0)
                .sorted(BY_NAME)
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized List<Organization> organizations() {
        return organizations.values().stream()
                .sorted(Comparator.comparing(Organization::name).thenComparing(org -> org.id().toString()))
                .toList();
    }

    private void requireFree(EmailAddress address, ContactId claimant) {
        ContactId owner = contactByAddress.get(address.normalized());
        if (owner != null && !owner.equals(claimant)) {
            throw new AddressTakenException("address " + address);
        }
    }

    private static boolean contains(Contact contact, String needle) {
        return contact.name().toLowerCase(Locale.ROOT).contains(needle)
                || contact.allAddresses().stream().anyMatch(address ->
                        address.value().toLowerCase(Locale.ROOT).contains(needle)
                                || address.canonical().contains(needle));
    }
}
