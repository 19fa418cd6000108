package dev.fundcrm.domain.port.out;

/**
 * A mailbox could not be read. The message is safe to show an admin: it never holds a key, token or
 * assertion.
 */
public final class CaptureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the caller should do about it. */
    public enum Kind {
        /** The checkpoint is too old: start over with a full sync. */
        HISTORY_EXPIRED,
        /** Delegation, scope or user problem: an admin must act; retrying won't help. */
        PERMISSION,
        /** Quota, server or network: retry later with growing pauses. */
        TEMPORARY
    }

    private final Kind kind;

    public CaptureException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CaptureException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
