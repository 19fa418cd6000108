package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.Domains;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.port.out.AuditLog;
import dev.fundcrm.domain.port.out.BackfillRequests;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What the contact and organization use cases share: the limits on names and domains (the stores' column
 * sizes, a domain with a dot, as a mail search needs), the audit entry for a change, and the backfill
 * request for what was added, cut into searches of at most 50 terms (a search's limit).
 */
final class DirectoryRules {

    static final int MAX_NAME_LENGTH = 500;
    private static final int MAX_DOMAIN_LENGTH = 253;
    private static final int TERMS_PER_SEARCH = 50;

    private final AuditLog auditLog;
    private final BackfillRequests backfills;
    private final Clock clock;

    DirectoryRules(AuditLog auditLog, BackfillRequests backfills, Clock clock) {
        this.auditLog = auditLog;
        this.backfills = backfills;
        this.clock = clock;
    }

    /** The name, stripped; a blank one is refused when {@code required}. */
    static String name(String what, String name, boolean required) {
        String value = name == null ? "" : name.strip();
        if (required && value.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + "'s name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        return value;
    }

    /** The domain in ASCII lower case, with at least one dot. */
    static String domain(String text) {
        String ascii = Domains.ascii(text);
        if (!ascii.contains(".") || ascii.length() > MAX_DOMAIN_LENGTH) {
            throw new IllegalArgumentException("the domain '" + text.strip() + "' is not a mail domain like fund.example");
        }
        return ascii;
    }

    void audit(EmailAddress actor, String action, String subject, String detail) {
        auditLog.record(new AuditEvent(clock.instant(), actor.canonical(), action, subject, detail));
    }

    /** Asks for backfills of the added addresses and domains; nothing when both are empty. */
    void backfill(List<EmailAddress> addresses, List<String> domains) {
        List<Object> terms = new ArrayList<>(addresses);
        terms.addAll(domains);
        for (int from = 0; from < terms.size(); from += TERMS_PER_SEARCH) {
            List<Object> chunk = terms.subList(from, Math.min(terms.size(), from + TERMS_PER_SEARCH));
            backfills.request(new MailSearch(
                    chunk.stream().filter(EmailAddress.class::isInstance).map(EmailAddress.class::cast).toList(),
                    chunk.stream().filter(String.class::isInstance).map(String.class::cast).toList()));
        }
    }
}
