package dev.fundcrm.domain.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stands for an embedding service's own directory, shaped by that service and not by fundcrm: people keyed by
 * the service's own {@code long} ids with a list of email strings as entered and an optional company code;
 * companies keyed by a short code with a list of web domains. It knows nothing of UUIDs, aliases or
 * normalized addresses, and does not keep emails unique: that is the adapter's business.
 *
 * <p>Null only where a name says so. Thread-safe: every method is synchronized on the directory, so a caller
 * holding its monitor can make several calls in a row atomic.
 */
public final class PartnerDirectory {

    /** A person; ids start at 1001 so that they never look like fundcrm's. */
    public record Person(long id, String fullName, List<String> emails, String companyCodeOrNull) {
        public Person {
            Objects.requireNonNull(fullName, "fullName");
            emails = List.copyOf(emails);
        }
    }

    public record Company(String code, String name, List<String> webDomains) {
        public Company {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            webDomains = List.copyOf(webDomains);
        }
    }

    private final TreeMap<Long, Person> people = new TreeMap<>();
    private final TreeMap<String, Company> companies = new TreeMap<>();
    private long lastId = 1000;

    /** Adds a person and returns the id the directory gave them. */
    public synchronized long addPerson(String fullName, List<String> emails, String companyCodeOrNull) {
        if (companyCodeOrNull != null && !companies.containsKey(companyCodeOrNull)) {
            throw new IllegalArgumentException("no company " + companyCodeOrNull);
        }
        long id = ++lastId;
        people.put(id, new Person(id, fullName, emails, companyCodeOrNull));
        return id;
    }

    /** Appends an email to a person's list. */
    public synchronized Person addEmail(long personId, String email) {
        Person person = person(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        List<String> emails = new ArrayList<>(person.emails());
        emails.add(email);
        Person updated = new Person(personId, person.fullName(), emails, person.companyCodeOrNull());
        people.put(personId, updated);
        return updated;
    }

    /** Replaces a person's name, emails and company. */
    public synchronized Person updatePerson(Person person) {
        if (!people.containsKey(person.id())) {
            throw new IllegalArgumentException("no person " + person.id());
        }
        if (person.companyCodeOrNull() != null && !companies.containsKey(person.companyCodeOrNull())) {
            throw new IllegalArgumentException("no company " + person.companyCodeOrNull());
        }
        people.put(person.id(), person);
        return person;
    }

    public synchronized Optional<Person> person(long id) {
        return Optional.ofNullable(people.get(id));
    }

    /** Everyone, by id. */
    public synchronized List<Person> people() {
        return List.copyOf(people.values());
    }

    /** Adds a company. @throws IllegalArgumentException if the code is taken */
    public synchronized void addCompany(Company company) {
        if (companies.putIfAbsent(company.code(), company) != null) {
            throw new IllegalArgumentException("company code " + company.code() + " is taken");
        }
    }

    /** Replaces the company with the same code. */
    public synchronized void updateCompany(Company company) {
        if (companies.replace(company.code(), company) == null) {
            throw new IllegalArgumentException("no company " + company.code());
        }
    }

    public synchronized Optional<Company> company(String code) {
        return Optional.ofNullable(companies.get(code));
    }

    /** Every company, by code. */
    public synchronized List<Company> companies() {
        return List.copyOf(companies.values());
    }
}
