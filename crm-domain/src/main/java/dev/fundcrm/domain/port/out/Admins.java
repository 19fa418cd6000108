package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.EmailAddress;
import java.util.List;

/** The fund's admins: the only people the system mails on its own. Thread-safe. */
public interface Admins {

    /** Makes the address an active admin (again); idempotent. */
    void activate(EmailAddress address);

    /** Deactivates an admin; unknown addresses are ignored. */
    void deactivate(EmailAddress address);

    /** The active admins, in the order they were first made admin. */
    List<EmailAddress> active();
}
