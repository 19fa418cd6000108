package dev.fundcrm.domain.model;

/** Gmail's id of a thread within one mailbox. */
public record GmailThreadId(String value) {

    public GmailThreadId {
        Identifiers.requireToken("Gmail thread id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
