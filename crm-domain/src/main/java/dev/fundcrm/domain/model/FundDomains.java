package dev.fundcrm.domain.model;

import java.util.LinkedHashSet;
import java.util.Set;

/** The fund's own mail domains (ASCII, lower-case; each covers its subdomains). Never empty. */
public record FundDomains(Set<String> domains) {

    public FundDomains {
        Set<String> ascii = new LinkedHashSet<>();
        for (String domain : domains) {
            ascii.add(Domains.ascii(domain));
        }
        if (ascii.isEmpty()) {
            throw new IllegalArgumentException("the fund needs at least one domain of its own");
        }
        domains = Set.copyOf(ascii);
    }

    public static FundDomains of(String... domains) {
        return new FundDomains(Set.of(domains));
    }

    public boolean isInternal(EmailAddress address) {
        return domains.stream().anyMatch(address::isInDomain);
    }
}
