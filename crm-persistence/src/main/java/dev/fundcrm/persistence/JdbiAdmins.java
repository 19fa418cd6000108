package dev.fundcrm.persistence;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.port.out.Admins;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Admins in SQL; the identity column remembers who was made admin first. Thread-safe. */
final class JdbiAdmins implements Admins {

    private final Jdbi jdbi;

    JdbiAdmins(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void activate(EmailAddress address) {
        Failures.translate("activate an admin", () -> jdbi.inTransaction(handle -> {
            handle.createUpdate("INSERT INTO admins (address, active) VALUES (:address, TRUE) ON CONFLICT DO NOTHING")
                    .bind("address", address.canonical())
                    .execute();
            return handle.createUpdate("UPDATE admins SET active = TRUE WHERE address = :address")
                    .bind("address", address.canonical())
                    .execute();
        }));
    }

    @Override
    public void deactivate(EmailAddress address) {
        Failures.translate("deactivate an admin", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE admins SET active = FALSE WHERE address = :address")
                .bind("address", address.canonical())
                .execute()));
    }

    @Override
    public List<EmailAddress> active() {
        return Failures.translate("list admins", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT address FROM admins WHERE active = TRUE ORDER BY seq")
                .map((rs, ctx) -> EmailAddress.of(rs.getString(1)))
                .list()));
    }
}
