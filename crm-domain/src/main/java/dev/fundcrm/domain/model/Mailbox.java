package dev.fundcrm.domain.model;

import java.util.Objects;

/** A team member's mailbox in the fund's Google Workspace, named by its primary address. */
public record Mailbox(EmailAddress address) {

    public Mailbox {
        Objects.requireNonNull(address, "address");
    }

    public static Mailbox of(String address) {
        return new Mailbox(EmailAddress.of(address));
    }

    @Override
    public String toString() {
        return address.canonical();
    }
}
