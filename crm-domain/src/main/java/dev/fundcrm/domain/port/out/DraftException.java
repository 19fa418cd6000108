package dev.fundcrm.domain.port.out;

/**
 * A draft could not be created. The message holds no credential; callers still show a user only the message
 * of a {@link #notConfigured()} failure (a fixed text naming the setting to make) and log the others.
 */
public final class DraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean notConfigured;

    public DraftException(String message) {
        this(message, null, false);
    }

    public DraftException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private DraftException(String message, Throwable cause, boolean notConfigured) {
        super(message, cause);
        this.notConfigured = notConfigured;
    }

    /** No draft can be made until an operator configures Gmail; the message says what to set. */
    public static DraftException notConfigured(String message) {
        return new DraftException(message, null, true);
    }

    public boolean notConfigured() {
        return notConfigured;
    }
}
