package dev.fundcrm.domain.model;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An LP or prospect organization with the mail domains it owns (ASCII, lower-case). A domain covers its
 * subdomains: {@code acme.com} matches {@code jane@eu.acme.com}.
 */
public record Organization(OrganizationId id, String name, Set<String> domains) {

    public Organization {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        Set<String> ascii = new LinkedHashSet<>();
        for (String domain : domains) {
            ascii.add(Domains.ascii(domain));
        }
        domains = Set.copyOf(ascii);
    }

    public static Organization of(String name, String... domains) {
        return new Organization(OrganizationId.random(), name, Set.of(domains));
    }

    public boolean owns(EmailAddress address) {
        return domains.stream().anyMatch(address::isInDomain);
    }
}
