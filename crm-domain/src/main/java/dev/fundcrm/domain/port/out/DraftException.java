package dev.fundcrm.domain.port.out;

/** A draft could not be created. The message is safe to show: it holds no credential. */
public final class DraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DraftException(String message) {
        super(message);
    }

    public DraftException(String message, Throwable cause) {
        super(message, cause);
    }
}
