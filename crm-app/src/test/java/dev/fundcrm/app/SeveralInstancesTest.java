package dev.fundcrm.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.demo.DemoExports;
import dev.fundcrm.app.demo.DemoFundSeed;
import dev.fundcrm.app.sync.GatedSource;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.gmail.takeout.MboxMailboxSource;
import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the app on one database share the mailboxes: while one syncs a mailbox under its lease, the
 * other's tick leaves that mailbox alone and syncs the rest. On embedded H2 (one JVM) and on PostgreSQL (when
 * {@code FUNDCRM_TEST_PG_URL} names a server; required when {@code CI} is set).
 */
class SeveralInstancesTest {

    private static final Mailbox ALICE = Mailbox.of(DemoFundSeed.ALICE);
    private static final Mailbox BOB = Mailbox.of(DemoFundSeed.BOB);

    @TempDir
    Path directory;

    @Test
    void instancesOnOneH2DatabaseShareTheMailboxes() throws Exception {
        try (TestDatabase database = TestDatabases.freshH2()) {
            instancesShareTheMailboxes(database.url());
        }
    }

    @Test
    void instancesOnOnePostgresDatabaseShareTheMailboxes() throws Exception {
        try (TestDatabase database = TestDatabases.freshPostgres()) {
            instancesShareTheMailboxes(database.url());
        }
    }

    private void instancesShareTheMailboxes(String url) throws Exception {
        Map<Mailbox, Path> exports = DemoExports.copyTo(directory);
        GatedSource gated = new GatedSource(new MboxMailboxSource(exports), ALICE);
        try (Application first = open(url, "instance-a", gated);
             Application second = open(url, "instance-b", new MboxMailboxSource(exports))) {
            DemoFundSeed.seed(first.stores());

            CompletableFuture<SyncOutcome> firstSyncsAlice = first.runner().syncNow(ALICE).orElseThrow();
            assertThat(gated.secondPageAsked.await(60, TimeUnit.SECONDS)).isTrue();
            Map<Mailbox, SyncOutcome> whileHeld = second.runner().tick().get(60, TimeUnit.SECONDS);
            gated.release.countDown();
            SyncOutcome alice = firstSyncsAlice.get(60, TimeUnit.SECONDS);
            Map<Mailbox, SyncOutcome> afterwards = second.runner().tick().get(60, TimeUnit.SECONDS);

            assertThat(whileHeld.get(ALICE)).isInstanceOf(SyncOutcome.LeasedElsewhere.class);
            assertThat(whileHeld.get(BOB)).isInstanceOf(SyncOutcome.Completed.class);
            assertThat(alice).isInstanceOfSatisfying(SyncOutcome.Completed.class,
                    completed -> assertThat(completed.report().listed()).isEqualTo(129));
            assertThat(afterwards.get(ALICE)).isInstanceOfSatisfying(SyncOutcome.Completed.class,
                    completed -> assertThat(completed.report().newMessages()).isZero());
            assertThat(second.stores().proposals().countPending()).isEqualTo(first.stores().proposals().countPending())
                    .isPositive();
        }
    }

    private static Application open(String url, String instance, dev.fundcrm.domain.port.out.MailboxSource source) {
        AppConfig config = AppConfig.from(Map.of("CRM_DB_URL", url, "CRM_FUND_DOMAINS",
                String.join(",", DemoFundSeed.FUND_DOMAINS), "CRM_INSTANCE_NAME", instance, "CRM_SYNC_THREADS", "2"));
        return Application.open(config, Clock.systemUTC(), Adapters.from(config, Clock.systemUTC()).withSource(source));
    }
}
