package dev.fundcrm.domain.port.out;

/**
 * A store could not do what was asked (database down, constraint the caller could not foresee). The stores'
 * one failure type: SQL and driver exceptions never cross a port.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
