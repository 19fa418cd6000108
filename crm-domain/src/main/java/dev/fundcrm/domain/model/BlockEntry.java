package dev.fundcrm.domain.model;

import java.util.Objects;

/** "Never capture mail from this": one address, or a domain with its subdomains. */
public sealed interface BlockEntry {

    boolean blocks(EmailAddress address);

    /** A stable text form: the canonical address, or {@code @} + the ASCII domain. */
    String key();

    static BlockEntry parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.startsWith("@") ? new Domain(trimmed.substring(1)) : new Address(EmailAddress.of(trimmed));
    }

    record Address(EmailAddress address) implements BlockEntry {
        public Address {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public boolean blocks(EmailAddress candidate) {
            return candidate.sameMailboxAs(address);
        }

        @Override
        public String key() {
            return address.canonical();
        }
    }

    record Domain(String domain) implements BlockEntry {
        public Domain {
            domain = Domains.ascii(domain);
        }

        @Override
        public boolean blocks(EmailAddress candidate) {
            return candidate.isInDomain(domain);
        }

        @Override
        public String key() {
            return "@" + domain;
        }
    }
}
