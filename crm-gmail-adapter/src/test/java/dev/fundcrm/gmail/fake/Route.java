package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_COMPOSE;
import static com.google.api.services.gmail.GmailScopes.GMAIL_METADATA;
import static com.google.api.services.gmail.GmailScopes.GMAIL_MODIFY;
import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static com.google.api.services.gmail.GmailScopes.GMAIL_SEND;
import static com.google.api.services.gmail.GmailScopes.MAIL_GOOGLE_COM;

import java.util.Collection;
import java.util.Set;

/**
 * What the fake serves, each with the OAuth scopes that allow it (Google's method reference) and its quota
 * cost by default (the quotas of projects created since 2026-05-01). {@link #BATCH} costs nothing itself:
 * its inner calls pay their own way. {@link #TOKEN} is the OAuth token endpoint, a target for faults only.
 */
public enum Route {
    PROFILE(1, GMAIL_READONLY, GMAIL_COMPOSE, GMAIL_MODIFY, GMAIL_METADATA, MAIL_GOOGLE_COM),
    MESSAGES_LIST(5, GMAIL_READONLY, GMAIL_MODIFY, GMAIL_METADATA, MAIL_GOOGLE_COM),
    MESSAGES_GET(20, GMAIL_READONLY, GMAIL_MODIFY, GMAIL_METADATA, MAIL_GOOGLE_COM),
    ATTACHMENTS_GET(5, GMAIL_READONLY, GMAIL_MODIFY, MAIL_GOOGLE_COM),
    HISTORY_LIST(2, GMAIL_READONLY, GMAIL_MODIFY, GMAIL_METADATA, MAIL_GOOGLE_COM),
    DRAFTS_CREATE(10, GMAIL_COMPOSE, GMAIL_MODIFY, MAIL_GOOGLE_COM),
    DRAFTS_SEND(100, GMAIL_COMPOSE, GMAIL_MODIFY, MAIL_GOOGLE_COM),
    MESSAGES_SEND(100, GMAIL_SEND, GMAIL_COMPOSE, GMAIL_MODIFY, MAIL_GOOGLE_COM),
    BATCH(0),
    TOKEN(0);

    private final int defaultCost;
    private final Set<String> allowingScopes;

    Route(int defaultCost, String... allowingScopes) {
        this.defaultCost = defaultCost;
        this.allowingScopes = Set.of(allowingScopes);
    }

    int defaultCost() {
        return defaultCost;
    }

    boolean allowedBy(Collection<String> grantedScopes) {
        return grantedScopes.stream().anyMatch(allowingScopes::contains);
    }
}
