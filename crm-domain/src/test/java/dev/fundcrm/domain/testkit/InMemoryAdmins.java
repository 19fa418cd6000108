package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.port.out.Admins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Admins in memory. An address keeps the place it got when first made admin, through deactivation and
 * reactivation; addresses compare by their canonical form. Thread-safe: every method is synchronized.
 */
public final class InMemoryAdmins implements Admins {

    /** Insertion order is the order addresses were first made admin; the value says whether active. */
    private final Map<EmailAddress, Boolean> admins = new LinkedHashMap<>();

    @Override
    public synchronized void activate(EmailAddress address) {
        Objects.requireNonNull(address, "address");
        admins.put(address, true);
    }

    @Override
    public synchronized void deactivate(EmailAddress address) {
        admins.computeIfPresent(address, (known, active) -> false);
    }

    @Override
    public synchronized List<EmailAddress> active() {
        return admins.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }
}
