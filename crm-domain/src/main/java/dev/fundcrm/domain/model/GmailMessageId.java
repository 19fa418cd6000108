package dev.fundcrm.domain.model;

/** Gmail's id of a message within one mailbox (the same message has another id in another mailbox). */
public record GmailMessageId(String value) {

    public GmailMessageId {
        Identifiers.requireToken("Gmail message id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
