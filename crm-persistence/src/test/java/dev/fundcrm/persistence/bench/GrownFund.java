package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.persistence.JdbiStores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The store benchmark's synthetic fund (defaults: 20 mailboxes, 300 organizations, 2,000 contacts, seed 42) in a
 * fresh database grown to a number of mailbox copies and reviewed in part, exactly as {@link StoreBenchmark}'s query
 * phase sees it: for other modules' benchmarks (crm-app's HTTP benchmark) through this module's test-jar. Closing
 * it deletes the database, unless it came from {@link #reuse}. Not thread-safe to create; its data source is.
 */
public final class GrownFund implements AutoCloseable {

    private static final long SEED = 42;
    private static final int PAGE_SIZE = 100;

    private final SyntheticFund fund = new SyntheticFund(20, 300, 2_000);
    private final BenchDatabase database;
    private final Path folder;

    private GrownFund(String engine, String postgresUrl) throws IOException {
        folder = Files.createTempDirectory("fundcrm-bench");
        database = BenchDatabase.create(engine, postgresUrl, folder);
    }

    private GrownFund(BenchDatabase database) {
        this.folder = null;
        this.database = database;
    }

    /**
     * Fills a fresh database of the engine ({@code h2} or {@code postgresql}, which needs a server URL whose user may
     * create databases) with {@code copies} mailbox copies, reports progress to {@code out}.
     */
    public static GrownFund grow(String engine, String postgresUrl, long copies, PrintStream out)
            throws IOException, SQLException {
        return grown(new GrownFund(engine, postgresUrl), copies, out);
    }

    /**
     * The PostgreSQL database of that name, kept on {@link #close()}: grown to {@code copies} as {@link #grow} does
     * when it is new, used as it is when an earlier run grew it to {@code copies}, refused when it holds another
     * number of copies. Growing takes most of a short benchmark run; this lets runs before and after a change
     * measure the same database back to back. The data is the same either way (same seed, same review), except
     * what the earlier runs added (their API tokens).
     */
    public static GrownFund reuse(String postgresUrl, String name, long copies, PrintStream out)
            throws IOException, SQLException {
        GrownFund fund = new GrownFund(BenchDatabase.named(postgresUrl, name));
        long held = fund.copies();
        if (held == 0) {
            return grown(fund, copies, out);
        }
        if (held != copies) {
            fund.close();
            throw new IllegalStateException("database " + name + " holds " + held + " copies, not " + copies
                    + ": drop it or reuse another name");
        }
        out.println("  reusing database " + name + ": " + TableSizes.of(fund.database.pool()));
        return fund;
    }

    private static GrownFund grown(GrownFund grown, long copies, PrintStream out) throws IOException, SQLException {
        try {
            grown.fund.storeIn(JdbiStores.create(grown.database.pool()));
            Growth.grow(grown.database, new SyntheticMail(grown.fund, SEED, PAGE_SIZE), List.of(), copies, out);
            out.println("  rows: " + TableSizes.of(grown.database.pool()));
            return grown;
        } catch (SQLException | RuntimeException e) {
            grown.close();
            throw e;
        }
    }

    /** Mailbox copies stored: one sighting each. */
    private long copies() throws SQLException {
        try (Connection connection = database.pool().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM sightings")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The database's pool (HikariCP, {@code DataSources.DEFAULT_POOL_SIZE} connections). */
    public DataSource dataSource() {
        return database.pool();
    }

    public List<ContactId> contacts() {
        return fund.contacts().stream().map(Contact::id).toList();
    }

    public List<OrganizationId> organizations() {
        return fund.organizations().stream().map(Organization::id).toList();
    }

    public List<Mailbox> mailboxes() {
        return fund.mailboxes();
    }

    @Override
    public void close() throws IOException {
        database.close();
        if (folder != null) {
            Files.deleteIfExists(folder);
        }
    }
}
