package dev.fundcrm.domain.embedding;

import dev.fundcrm.domain.embedding.PartnerDirectory.Company;
import dev.fundcrm.domain.embedding.PartnerDirectory.Person;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Domains;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The directory's people and companies read as fundcrm's contacts and organizations, through the ids and
 * aliases in {@link DirectoryKeys}. Emails and web domains that don't parse are left out: they can reach
 * nobody. Reads the directory afresh on every call. Not thread-safe on its own: its adapter holds the
 * directory's monitor around every call.
 */
final class DirectoryRecords {

    private static final int MAX_CODE_LENGTH = 16;

    private final PartnerDirectory directory;
    private final DirectoryKeys keys;

    DirectoryRecords(PartnerDirectory directory, DirectoryKeys keys) {
        this.directory = directory;
        this.keys = keys;
    }

    Optional<Person> person(ContactId id) {
        return keys.personId(id).flatMap(directory::person);
    }

    Optional<Company> company(OrganizationId id) {
        Optional<String> linked = keys.linkedCode(id);
        if (linked.isPresent()) {
            return directory.company(linked.get());
        }
        return directory.companies().stream()
                .filter(company -> keys.organizationId(company.code()).equals(id))
                .findFirst();
    }

    Contact contact(Person person) {
        Set<EmailAddress> aliases = keys.aliases(person.id());
        List<EmailAddress> emails = emails(person);
        OrganizationId organization = person.companyCodeOrNull() == null
                ? null : keys.organizationId(person.companyCodeOrNull());
        return new Contact(keys.contactId(person.id()), person.fullName(),
                emails.stream().filter(email -> !aliases.contains(email)).toList(),
                emails.stream().filter(aliases::contains).toList(), organization);
    }

    Organization organization(Company company) {
        return new Organization(keys.organizationId(company.code()), company.name(), Set.copyOf(domains(company)));
    }

    /** A code not yet taken, from the name's letters and digits: "Acme Group" is ACME-GROUP, then ACME-GROUP-2. */
    String freeCompanyCode(String name) {
        String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "ORG" : base.substring(0, Math.min(base.length(), MAX_CODE_LENGTH));
        String code = base;
        for (int suffix = 2; directory.company(code).isPresent(); suffix++) {
            code = base + "-" + suffix;
        }
        return code;
    }

    static List<EmailAddress> emails(Person person) {
        return person.emails().stream().filter(EmailAddress::isValid).map(EmailAddress::of).toList();
    }

    static List<String> domains(Company company) {
        return company.webDomains().stream().flatMap(DirectoryRecords::ascii).toList();
    }

    private static Stream<String> ascii(String domain) {
        try {
            return Stream.of(Domains.ascii(domain));
        } catch (IllegalArgumentException unusable) {
            return Stream.empty();
        }
    }
}
