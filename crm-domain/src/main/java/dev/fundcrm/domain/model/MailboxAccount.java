package dev.fundcrm.domain.model;

import java.util.Objects;
import java.util.Set;

/**
 * A team mailbox registered for capture, with the other addresses its owner sends as (Gmail's send-as
 * aliases) and whether capture is paused.
 */
public record MailboxAccount(Mailbox mailbox, Set<EmailAddress> aliases, boolean paused) {

    public MailboxAccount {
        Objects.requireNonNull(mailbox, "mailbox");
        aliases = Set.copyOf(aliases);
    }

    public static MailboxAccount of(String address, String... aliases) {
        return new MailboxAccount(Mailbox.of(address),
                Set.copyOf(java.util.Arrays.stream(aliases).map(EmailAddress::of).toList()), false);
    }

    /** Whether the address is the owner's own: the mailbox address or one of its aliases, by the matching rules. */
    public boolean isOwnAddress(EmailAddress address) {
        return mailbox.address().sameMailboxAs(address) || aliases.stream().anyMatch(address::sameMailboxAs);
    }

    public MailboxAccount withPaused(boolean value) {
        return new MailboxAccount(mailbox, aliases, value);
    }
}
