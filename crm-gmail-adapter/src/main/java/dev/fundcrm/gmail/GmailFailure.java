package dev.fundcrm.gmail;

/**
 * A Gmail call that failed, in the adapter's own words: {@link #getMessage()} is safe to show an admin (no key,
 * token, assertion or library text), and there is never a cause. What Google said about when to try again is
 * kept apart for the retry policy. The ports' failure types are made from it; it never leaves the adapter.
 */
final class GmailFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the caller can do about it. */
    enum Kind {
        /** Delegation, scope or user: an admin must act. */
        PERMISSION,
        /** 404: the message, or the history asked for, is gone. */
        NOT_FOUND,
        /** 429 or a rate-limit 403: Gmail did not run the call; wait and send it again. */
        RATE_LIMITED,
        /** 5xx, a broken or timed-out connection, an unreadable answer: may pass; retry later. */
        TEMPORARY,
        /** Any other 4xx: the request itself was refused; sending it again won't help. */
        REFUSED
    }

    private final Kind kind;
    private final boolean authentication;
    private final boolean reachedGmail;
    private final String retryAfterHeader;
    private final String googleMessage;

    /**
     * @param authentication the credentials were refused (the token endpoint's 401 or invalid_grant, Gmail's 401)
     * @param reachedGmail the request may have reached Gmail's API and run there (false: surely not)
     * @param retryAfterHeader Google's Retry-After header, or null; only for the retry policy
     * @param googleMessage Google's error text, or null; only for the retry policy, never shown
     */
    GmailFailure(Kind kind, String safeMessage, boolean authentication, boolean reachedGmail,
                 String retryAfterHeader, String googleMessage) {
        super(safeMessage, null, false, false);
        this.kind = kind;
        this.authentication = authentication;
        this.reachedGmail = reachedGmail;
        this.retryAfterHeader = retryAfterHeader;
        this.googleMessage = googleMessage;
    }

    static GmailFailure of(Kind kind, String safeMessage) {
        return new GmailFailure(kind, safeMessage, false, false, null, null);
    }

    Kind kind() {
        return kind;
    }

    boolean authentication() {
        return authentication;
    }

    /** Whether sending the same request again may help (quota, server, network). */
    boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.TEMPORARY;
    }

    /** Whether a request that changes the mailbox (a draft, a send) may have run despite the failure. */
    boolean mayHaveRun() {
        return reachedGmail && kind == Kind.TEMPORARY;
    }

    String retryAfterHeader() {
        return retryAfterHeader;
    }

    String googleMessage() {
        return googleMessage;
    }

    /** The same failure, its message prefixed with what was being done. */
    GmailFailure during(String action) {
        if (kind == Kind.PERMISSION) {
            return this;
        }
        return new GmailFailure(kind, action + ": " + getMessage(), authentication, reachedGmail, retryAfterHeader,
                googleMessage);
    }
}
