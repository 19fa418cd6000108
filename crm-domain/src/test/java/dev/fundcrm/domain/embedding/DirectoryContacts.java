package dev.fundcrm.domain.embedding;

import dev.fundcrm.domain.embedding.PartnerDirectory.Company;
import dev.fundcrm.domain.embedding.PartnerDirectory.Person;
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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Contacts} over an embedding service's {@link PartnerDirectory}: a contact is a person, an
 * organization a company, and what fundcrm writes (a contact made in review, an alias) lands in the directory,
 * where the service's own screens see it.
 *
 * <p>Ids, both ways ({@link DirectoryKeys}): a person or company the service made gets a UUID derived from
 * its key, so it needs no mapping and keeps its id across restarts; a contact or organization fundcrm adds
 * keeps the UUID fundcrm chose, in a mapping table that also remembers which emails are aliases, since a
 * person has one list. That table is in memory here; a production adapter keeps it in the service's
 * database. An organization fundcrm adds gets a company code made from its name.
 *
 * <p>Every lookup reads the directory afresh, so the service's own changes show at once; lookups scan it,
 * which suits thousands of people, not millions. Emails and domains that don't parse reach nobody; if the
 * service lets two people share an address, the lower id is found. Accepts and returns no null. Writes land
 * at once and are outside any {@code Transactions}. Thread-safe: every method holds the directory's monitor,
 * so checking that an address is free and writing it are atomic even against the service's own writes. The
 * directory is in memory and cannot fail; one over a network would turn its failures into
 * {@code StoreException}.
 */
public final class DirectoryContacts implements Contacts {

    private static final Comparator<Contact> CONTACT_ORDER =
            Comparator.comparing(Contact::name).thenComparing(contact -> contact.id().toString());
    private static final Comparator<Organization> ORGANIZATION_ORDER =
            Comparator.comparing(Organization::name).thenComparing(organization -> organization.id().toString());

    private final PartnerDirectory directory;
    private final DirectoryKeys keys = new DirectoryKeys();
    private final DirectoryRecords records;

    public DirectoryContacts(PartnerDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.records = new DirectoryRecords(directory, keys);
    }

    @Override
    public void add(Contact contact) {
        synchronized (directory) {
            if (records.person(contact.id()).isPresent()) {
                throw new IllegalArgumentException("contact " + contact.id() + " already exists");
            }
            for (EmailAddress address : contact.allAddresses()) {
                if (owner(address).isPresent()) {
                    throw new AddressTakenException("address " + address);
                }
            }
            String code = companyCode(contact);
            List<String> emails = contact.allAddresses().stream().map(EmailAddress::value).toList();
            long personId = directory.addPerson(contact.name(), emails, code);
            keys.link(contact.id(), personId);
            contact.aliases().forEach(alias -> keys.addAlias(personId, alias));
        }
    }

    @Override
    public void addOrganization(Organization organization) {
        synchronized (directory) {
            if (records.company(organization.id()).isPresent()) {
                throw new IllegalArgumentException("organization " + organization.id() + " already exists");
            }
            Set<String> owned = directory.companies().stream()
                    .flatMap(company -> DirectoryRecords.domains(company).stream()).collect(Collectors.toSet());
            for (String domain : organization.domains()) {
                if (owned.contains(domain)) {
                    throw new AddressTakenException("domain " + domain);
                }
            }
            String code = records.freeCompanyCode(organization.name());
            directory.addCompany(new Company(code, organization.name(), List.copyOf(organization.domains())));
            keys.link(organization.id(), code);
        }
    }

    @Override
    public Contact addAlias(ContactId id, EmailAddress alias) {
        synchronized (directory) {
            Person person = records.person(id).orElseThrow(() -> new UnknownRecordException("contact " + id));
            if (owner(alias).filter(owner -> owner.id() != person.id()).isPresent()) {
                throw new AddressTakenException("address " + alias);
            }
            Contact contact = records.contact(person);
            if (contact.knows(alias)) {
                return contact;
            }
            keys.addAlias(person.id(), alias);
            return records.contact(directory.addEmail(person.id(), alias.value()));
        }
    }

    @Override
    public void update(Contact contact) {
        synchronized (directory) {
            Person person = records.person(contact.id())
                    .orElseThrow(() -> new UnknownRecordException("contact " + contact.id()));
            for (EmailAddress address : contact.allAddresses()) {
                if (owner(address).filter(owner -> owner.id() != person.id()).isPresent()) {
                    throw new AddressTakenException("address " + address);
                }
            }
            directory.updatePerson(new Person(person.id(), contact.name(),
                    contact.allAddresses().stream().map(EmailAddress::value).toList(), companyCode(contact)));
            keys.setAliases(person.id(), Set.copyOf(contact.aliases()));
        }
    }

    @Override
    public void updateOrganization(Organization organization) {
        synchronized (directory) {
            Company company = records.company(organization.id())
                    .orElseThrow(() -> new UnknownRecordException("organization " + organization.id()));
            Set<String> ownedByOthers = directory.companies().stream()
                    .filter(other -> !other.code().equals(company.code()))
                    .flatMap(other -> DirectoryRecords.domains(other).stream()).collect(Collectors.toSet());
            for (String domain : organization.domains()) {
                if (ownedByOthers.contains(domain)) {
                    throw new AddressTakenException("domain " + domain);
                }
            }
            directory.updateCompany(new Company(company.code(), organization.name(),
                    List.copyOf(organization.domains())));
        }
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        synchronized (directory) {
            return records.person(id).map(records::contact);
        }
    }

    @Override
    public Optional<Contact> findByAddress(EmailAddress address) {
        synchronized (directory) {
            return owner(address).map(records::contact);
        }
    }

    @Override
    public Optional<Organization> findOrganization(OrganizationId id) {
        synchronized (directory) {
            return records.company(id).map(records::organization);
        }
    }

    /** The company owning the longest domain that covers this one: the most specific owner wins. */
    @Override
    public Optional<Organization> findOrganizationByDomain(String asciiDomain) {
        String domain = Domains.ascii(asciiDomain);
        synchronized (directory) {
            Company owner = null;
            int longest = 0;
            for (Company company : directory.companies()) {
                for (String owned : DirectoryRecords.domains(company)) {
                    if (Domains.covers(owned, domain) && owned.length() > longest) {
                        owner = company;
                        longest = owned.length();
                    }
                }
            }
            return Optional.ofNullable(owner).map(records::organization);
        }
    }

    @Override
    public List<Contact> all() {
        synchronized (directory) {
            return directory.people().stream().map(records::contact).sorted(CONTACT_ORDER).toList();
        }
    }

    @Override
    public List<Contact> search(String text, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        synchronized (directory) {
            return directory.people().stream().map(records::contact)
                    .filter(contact -> mentions(contact, needle))
                    .sorted(CONTACT_ORDER).limit(limit).toList();
        }
    }

    @Override
    public List<Contact> list(ContactQuery query) {
        String needle = query.text().toLowerCase(Locale.ROOT);
        synchronized (directory) {
            return directory.people().stream().map(records::contact)
                    .filter(contact -> mentions(contact, needle))
                    .filter(contact -> !query.hasPosition() || after(contact, query))
                    .sorted(CONTACT_ORDER).limit(query.limit()).toList();
        }
    }

    @Override
    public List<Organization> organizations() {
        synchronized (directory) {
            return directory.companies().stream().map(records::organization).sorted(ORGANIZATION_ORDER).toList();
        }
    }

    /** The person one of whose emails has the address's normalized form; people come by id, the lowest wins. */
    private Optional<Person> owner(EmailAddress address) {
        return directory.people().stream()
                .filter(person -> DirectoryRecords.emails(person).stream().anyMatch(address::sameMailboxAs))
                .findFirst();
    }

    private String companyCode(Contact contact) {
        return contact.organizationId().map(id -> records.company(id)
                .orElseThrow(() -> new UnknownRecordException("organization " + id)).code()).orElse(null);
    }

    private static boolean after(Contact contact, ContactQuery query) {
        int byName = contact.name().compareTo(query.afterName());
        return byName > 0 || byName == 0 && contact.id().toString().compareTo(query.afterId().toString()) > 0;
    }

    private static boolean mentions(Contact contact, String needle) {
        return contact.name().toLowerCase(Locale.ROOT).contains(needle)
                || contact.allAddresses().stream().anyMatch(address ->
                        address.value().toLowerCase(Locale.ROOT).contains(needle)
                                || address.canonical().contains(needle));
    }
}
