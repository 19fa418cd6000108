package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.time;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.port.out.MailboxLeases;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Leases as two columns of the mailbox row, taken by one conditional UPDATE: the database's row lock makes
 * the check and the write one step, on PostgreSQL (a waiting UPDATE re-reads the row it waited for) and on
 * H2 alike. Thread-safe and safe across instances.
 */
final class JdbiMailboxLeases implements MailboxLeases {

    private final Jdbi jdbi;

    JdbiMailboxLeases(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(Mailbox mailbox, String holder, Instant now, Duration ttl) {
        return Failures.translate("claim a mailbox lease", () -> jdbi.withHandle(handle -> {
            int claimed = handle.createUpdate("UPDATE mailboxes SET lease_owner = :holder, lease_until = :until"
                            + " WHERE address = :address AND (lease_owner IS NULL OR lease_owner = :holder"
                            + " OR lease_until <= :now)")
                    .bind("address", mailbox.toString())
                    .bind("holder", holder)
                    .bind("until", time(now.plus(ttl)))
                    .bind("now", time(now))
                    .execute();
            if (claimed == 0 && handle.createQuery("SELECT COUNT(*) FROM mailboxes WHERE address = :address")
                    .bind("address", mailbox.toString()).mapTo(Long.class).one() == 0) {
                throw new IllegalArgumentException("mailbox " + mailbox + " is not registered");
            }
            return claimed == 1;
        }));
    }

    @Override
    public void release(Mailbox mailbox, String holder) {
        Failures.translate("release a mailbox lease", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE mailboxes SET lease_owner = NULL, lease_until = NULL"
                        + " WHERE address = :address AND lease_owner = :holder")
                .bind("address", mailbox.toString())
                .bind("holder", holder)
                .execute()));
    }
}
