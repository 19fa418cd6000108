package dev.fundcrm.domain.model;

/** A request named a record that does not exist (a message, contact or mailbox). */
public final class UnknownRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownRecordException(String what) {
        super("no such " + what);
    }
}
