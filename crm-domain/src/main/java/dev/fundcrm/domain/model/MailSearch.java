package dev.fundcrm.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a backfill looks for in a mailbox: messages with one of the addresses, or an address at one of the
 * domains, in From, To or Cc. Found when a contact's address or an organization's domain is added, so that
 * earlier mail appears without a full resync. Domains are lower-case ASCII without a leading {@code @}; an
 * address matches a domain only exactly (no subdomains). Immutable; never empty.
 */
public record MailSearch(List<EmailAddress> addresses, List<String> domains) {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
    private static final int MAX_TERMS = 50;

    public MailSearch {
        addresses = List.copyOf(addresses);
        List<String> cleaned = new ArrayList<>();
        for (String domain : domains) {
            String value = domain.strip().toLowerCase(Locale.ROOT);
            value = value.startsWith("@") ? value.substring(1) : value;
            if (!DOMAIN.matcher(value).matches()) {
                throw new IllegalArgumentException("not a domain to search for: '" + domain + "'");
            }
            cleaned.add(value);
        }
        domains = List.copyOf(cleaned);
        if (addresses.isEmpty() && domains.isEmpty()) {
            throw new IllegalArgumentException("a mail search needs an address or a domain");
        }
        if (addresses.size() + domains.size() > MAX_TERMS) {
            throw new IllegalArgumentException("a mail search takes at most " + MAX_TERMS + " addresses and domains, was "
                    + (addresses.size() + domains.size()));
        }
    }

    public static MailSearch forAddresses(List<EmailAddress> addresses) {
        return new MailSearch(addresses, List.of());
    }

    public static MailSearch forDomains(List<String> domains) {
        return new MailSearch(List.of(), domains);
    }

    /** Whether the message has a searched address, or an address at a searched domain, in From, To or Cc. */
    public boolean matches(ParsedMessage message) {
        return message.participants().stream()
                .filter(entry -> entry.getKey() == ParticipantRole.FROM || entry.getKey() == ParticipantRole.TO
                        || entry.getKey() == ParticipantRole.CC)
                .map(entry -> entry.getValue().address())
                .anyMatch(this::matches);
    }

    /** Whether the address is one searched for, or at a searched domain. */
    public boolean matches(EmailAddress address) {
        return domains.contains(address.domain()) || addresses.stream().anyMatch(address::sameMailboxAs);
    }
}
