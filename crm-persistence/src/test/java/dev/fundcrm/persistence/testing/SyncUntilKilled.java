package dev.fundcrm.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.out.Captures;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoSync;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.JdbiStores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process a kill test kills. Syncs Alice's demo mailbox ({@link DemoSync}: pages of 5) into the database
 * at the URL in the environment variable {@value #URL_VARIABLE}, migrated and seeded already. As soon as the
 * first page's {@code Captures.store} has returned (its transaction committed) it prints {@value #STORED} and
 * blocks on its standard input, before the page's checkpoint is saved and with no transaction open: there
 * its parent kills it. Should the parent go away instead (its end of the pipe closes) it halts; it never
 * carries on to the checkpoint.
 */
public final class SyncUntilKilled {

    public static final String URL_VARIABLE = "FUNDCRM_KILLED_SYNC_DB_URL";
    public static final String STORED = "stored the first page; blocked before its checkpoint";

    /** Exit status when the parent went away without killing this process. */
    public static final int ORPHANED = 3;
    /** Exit status when the sync ended without storing a page. */
    public static final int NOTHING_STORED = 2;

    private SyncUntilKilled() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        HikariDataSource pool = DataSources.open(System.getenv(URL_VARIABLE), null, null, 2, "killed-sync");
        Stores stores = JdbiStores.create(pool);
        Captures captures = stores.captures();
        Captures thenBlock = batch -> {
            int created = captures.store(batch);
            out.println(STORED);
            waitToBeKilled();
            return created;
        };
        Stores stalling = new Stores(stores.transactions(), stores.contacts(), stores.messages(), stores.proposals(),
                stores.activities(), stores.mailboxes(), stores.admins(), stores.blocklist(), stores.auditLog(),
                stores.digestRuns(), thenBlock, stores.leases());
        SyncOutcome outcome = DemoSync.over(stalling, DemoSync.source()).sync(Mailbox.of(DemoFund.ALICE));
        out.println("the sync ended without storing a page: " + outcome);
        Runtime.getRuntime().halt(NOTHING_STORED);
    }

    private static void waitToBeKilled() {
        try {
            System.in.read();
        } catch (IOException e) {
            // the parent's end is gone either way
        }
        Runtime.getRuntime().halt(ORPHANED);
    }
}
