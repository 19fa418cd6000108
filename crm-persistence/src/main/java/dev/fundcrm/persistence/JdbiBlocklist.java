package dev.fundcrm.persistence;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.port.out.Blocklist;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The blocklist in SQL, one row per entry key. Thread-safe. */
final class JdbiBlocklist implements Blocklist {

    private final Jdbi jdbi;

    JdbiBlocklist(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(BlockEntry entry) {
        Failures.translate("add to the blocklist", () -> jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO blocklist (entry_key) VALUES (:key) ON CONFLICT DO NOTHING")
                .bind("key", entry.key())
                .execute()));
    }

    @Override
    public boolean remove(BlockEntry entry) {
        return Failures.translate("remove from the blocklist", () -> jdbi.withHandle(handle -> handle
                .createUpdate("DELETE FROM blocklist WHERE entry_key = :key")
                .bind("key", entry.key())
                .execute() > 0));
    }

    @Override
    public List<BlockEntry> entries() {
        return Failures.translate("read the blocklist", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT entry_key FROM blocklist")
                .map((rs, ctx) -> rs.getString(1))
                .list()
                .stream()
                // Sorted here: a database's collation may ignore the '@' that starts a domain entry.
                .sorted()
                .map(BlockEntry::parse)
                .toList()));
    }
}
