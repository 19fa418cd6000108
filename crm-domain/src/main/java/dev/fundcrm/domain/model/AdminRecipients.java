package dev.fundcrm.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The recipients of an internal mail: a non-empty subset of the fund's active admins. It can only be made
 * from the active-admin list the {@code Admins} store answered, so an LP or prospect address cannot be
 * expressed as a recipient of anything the system sends on its own.
 */
public final class AdminRecipients {

    private final List<EmailAddress> addresses;

    private AdminRecipients(List<EmailAddress> addresses) {
        this.addresses = List.copyOf(addresses);
    }

    /**
     * Every active admin.
     *
     * @throws IllegalStateException if there is none
     */
    public static AdminRecipients allOf(List<EmailAddress> activeAdmins) {
        if (activeAdmins.isEmpty()) {
            throw new IllegalStateException("the fund has no active admin to send to");
        }
        return new AdminRecipients(List.copyOf(new LinkedHashSet<>(activeAdmins)));
    }

    /**
     * The requested addresses, each of which must be an active admin.
     *
     * @throws NotAnAdminException naming every requested address that is not an active admin
     */
    public static AdminRecipients select(List<EmailAddress> activeAdmins, Collection<EmailAddress> requested) {
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("no recipient was requested");
        }
        Set<EmailAddress> admins = Set.copyOf(activeAdmins);
        List<EmailAddress> refused = new ArrayList<>();
        for (EmailAddress address : requested) {
            if (!admins.contains(address)) {
                refused.add(address);
            }
        }
        if (!refused.isEmpty()) {
            throw new NotAnAdminException(refused);
        }
        return new AdminRecipients(List.copyOf(new LinkedHashSet<>(requested)));
    }

    public List<EmailAddress> addresses() {
        return addresses;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminRecipients recipients && addresses.equals(recipients.addresses);
    }

    @Override
    public int hashCode() {
        return addresses.hashCode();
    }

    @Override
    public String toString() {
        return addresses.toString();
    }
}
