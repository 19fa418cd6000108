package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.text;
import static dev.fundcrm.persistence.Columns.time;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.port.out.Mailboxes;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Team mailboxes and their sync state in SQL. Thread-safe. */
final class JdbiMailboxes implements Mailboxes {

    private final Jdbi jdbi;

    JdbiMailboxes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void register(MailboxAccount account) {
        String address = account.mailbox().toString();
        Failures.translate("register a mailbox", () -> jdbi.inTransaction(handle -> {
            handle.createUpdate("INSERT INTO mailboxes (address, paused, checkpoint, status, last_error, messages_seen,"
                            + " messages_stored, consecutive_failures) VALUES (:address, :paused, '', :status, '', 0, 0, 0)"
                            + " ON CONFLICT DO NOTHING")
                    .bind("address", address)
                    .bind("paused", account.paused())
                    .bind("status", SyncStatus.NEVER.name())
                    .execute();
            handle.createUpdate("UPDATE mailboxes SET paused = :paused WHERE address = :address")
                    .bind("address", address)
                    .bind("paused", account.paused())
                    .execute();
            handle.createUpdate("DELETE FROM mailbox_aliases WHERE mailbox = :address").bind("address", address).execute();
            for (EmailAddress alias : account.aliases()) {
                handle.createUpdate("INSERT INTO mailbox_aliases (mailbox, address) VALUES (:mailbox, :alias)")
                        .bind("mailbox", address)
                        .bind("alias", alias.canonical())
                        .execute();
            }
            return null;
        }));
    }

    @Override
    public List<MailboxAccount> all() {
        return Failures.translate("list mailboxes", () -> jdbi.withHandle(handle -> accounts(handle, null)));
    }

    @Override
    public Optional<MailboxAccount> find(Mailbox mailbox) {
        return Failures.translate("find a mailbox", () -> jdbi.withHandle(handle ->
                accounts(handle, mailbox.toString()).stream().findFirst()));
    }

    @Override
    public SyncState state(Mailbox mailbox) {
        return Failures.translate("read a sync state", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM mailboxes WHERE address = :address")
                .bind("address", mailbox.toString())
                .map((rs, ctx) -> new SyncState(mailbox, new Checkpoint(rs.getString("checkpoint")),
                        SyncStatus.valueOf(rs.getString("status")), Columns.instant(rs, "last_success"),
                        Columns.instant(rs, "last_attempt"), rs.getString("last_error"), rs.getLong("messages_seen"),
                        rs.getLong("messages_stored"), rs.getInt("consecutive_failures")))
                .findOne()
                .orElseThrow(() -> notRegistered(mailbox))));
    }

    @Override
    public void saveCheckpoint(Mailbox mailbox, Checkpoint checkpoint) {
        requireUpdated(mailbox, Failures.translate("save a checkpoint", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE mailboxes SET checkpoint = :checkpoint WHERE address = :address")
                .bind("address", mailbox.toString())
                .bind("checkpoint", checkpoint.value())
                .execute())));
    }

    @Override
    public void saveState(SyncState state) {
        requireUpdated(state.mailbox(), Failures.translate("save a sync state", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE mailboxes SET checkpoint = :checkpoint, status = :status,"
                        + " last_success = :lastSuccess, last_attempt = :lastAttempt, last_error = :lastError,"
                        + " messages_seen = :seen, messages_stored = :stored, consecutive_failures = :failures"
                        + " WHERE address = :address")
                .bind("address", state.mailbox().toString())
                .bind("checkpoint", state.checkpoint().value())
                .bind("status", state.status().name())
                .bindByType("lastSuccess", time(state.lastSuccessOrNull()), OffsetDateTime.class)
                .bindByType("lastAttempt", time(state.lastAttemptOrNull()), OffsetDateTime.class)
                .bind("lastError", text(Rows.cap(state.lastError(), 4000)))
                .bind("seen", state.messagesSeen())
                .bind("stored", state.messagesStored())
                .bind("failures", state.consecutiveFailures())
                .execute())));
    }

    private static void requireUpdated(Mailbox mailbox, int rows) {
        if (rows == 0) {
            throw notRegistered(mailbox);
        }
    }

    private static IllegalArgumentException notRegistered(Mailbox mailbox) {
        return new IllegalArgumentException("mailbox " + mailbox + " is not registered");
    }

    private static List<MailboxAccount> accounts(Handle handle, String onlyAddress) {
        String where = onlyAddress == null ? "" : " WHERE address = :address";
        Map<String, Boolean> paused = new java.util.LinkedHashMap<>();
        var query = handle.createQuery("SELECT address, paused FROM mailboxes" + where + " ORDER BY address");
        if (onlyAddress != null) {
            query.bind("address", onlyAddress);
        }
        query.map((rs, ctx) -> paused.put(rs.getString("address"), rs.getBoolean("paused"))).list();
        Map<String, List<EmailAddress>> aliases = new HashMap<>();
        var aliasQuery = handle.createQuery("SELECT mailbox, address FROM mailbox_aliases"
                + (onlyAddress == null ? "" : " WHERE mailbox = :address") + " ORDER BY mailbox, address");
        if (onlyAddress != null) {
            aliasQuery.bind("address", onlyAddress);
        }
        aliasQuery.map((rs, ctx) -> aliases.computeIfAbsent(rs.getString("mailbox"), m -> new ArrayList<>())
                .add(EmailAddress.of(rs.getString("address")))).list();
        List<MailboxAccount> accounts = new ArrayList<>();
        paused.forEach((address, isPaused) -> accounts.add(new MailboxAccount(Mailbox.of(address),
                Set.copyOf(aliases.getOrDefault(address, List.of())), isPaused)));
        return accounts;
    }
}
