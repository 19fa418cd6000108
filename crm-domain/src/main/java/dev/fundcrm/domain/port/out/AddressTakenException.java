package dev.fundcrm.domain.port.out;

/** An address or domain already belongs to another contact or organization. */
public final class AddressTakenException extends StoreException {

    private static final long serialVersionUID = 1L;

    public AddressTakenException(String what) {
        super(what + " already belongs to another record");
    }
}
