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
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The store benchmark's synthetic fund (defaults: 20 mailboxes, 300 organizations, 2,000 contacts, seed 42) in a
 * fresh database grown to a number of mailbox copies and reviewed in part, exactly as {@link StoreBenchmark}'s query
 * phase sees it: for other modules' benchmarks (crm-app's HTTP benchmark) through this module's test-jar. Closing
 * it deletes the database. Not thread-safe to create; its data source is.
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

    /**
     * Fills a fresh database of the engine ({@code h2} or {@code postgresql}, which needs a server URL whose user may
     * create databases) with {@code copies} mailbox copies, reports progress to {@code out}.
     */
    public static GrownFund grow(String engine, String postgresUrl, long copies, PrintStream out)
            throws IOException, SQLException {
        GrownFund grown = new GrownFund(engine, postgresUrl);
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
        Files.deleteIfExists(folder);
    }
}
