package dev.fundcrm.domain.port.out;

/**
 * A transport could not deliver. The message is short and safe to show; transports build it themselves and
 * never pass on a library's message, which may carry credentials.
 */
public final class DeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean authenticationFailed;

    public DeliveryException(String message, boolean authenticationFailed) {
        super(message);
        this.authenticationFailed = authenticationFailed;
    }

    /** True when retrying can't help until an admin fixes the credentials (e.g. SMTP 535). */
    public boolean authenticationFailed() {
        return authenticationFailed;
    }
}
