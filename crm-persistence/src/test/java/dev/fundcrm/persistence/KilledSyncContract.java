package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.CaptureSnapshot;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoSync;
import dev.fundcrm.persistence.testing.SyncUntilKilled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A sync process killed with SIGKILL between a page's {@code Captures.store} and its checkpoint loses nothing
 * and duplicates nothing: the next sync, in this JVM, ends with exactly what a sync that was never killed
 * stores. The child ({@link SyncUntilKilled}) prints a line once the first page is committed and then blocks
 * before the checkpoint; this test kills it only after reading that line, so the kill lands at that point on
 * every run, without sleeping. The child runs this JVM's Java and class path.
 */
abstract class KilledSyncContract {

    /** A guard against a child that hangs, not a measure of speed: the child needs a few seconds. */
    private static final long CHILD_GUARD_MINUTES = 2;
    private static final int SIGKILL_EXIT_STATUS = 128 + 9;
    private static final Mailbox ALICE = Mailbox.of(DemoFund.ALICE);
    private static final Mailbox BOB = Mailbox.of(DemoFund.BOB);

    /** The URL of a migrated, empty database another process can open; this JVM holds no connection to it. */
    protected abstract String migratedDatabaseUrl();

    @Test
    void aSyncKilledAfterAPageIsStoredAndBeforeItsCheckpointResumesWithNothingLostAndNothingTwice()
            throws Exception {
        String url = migratedDatabaseUrl();
        try (HikariDataSource pool = open(url)) {
            DemoSync.seeded(JdbiStores.create(pool));
        }

        Process child = start(url);
        try {
            String output = awaitLine(child, SyncUntilKilled.STORED);
            child.destroyForcibly();
            assertThat(child.waitFor(CHILD_GUARD_MINUTES, TimeUnit.MINUTES)).as("the child is dead").isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL; output:%n%s", output)
                    .isEqualTo(SIGKILL_EXIT_STATUS);
        } finally {
            child.destroyForcibly();
        }

        try (HikariDataSource pool = open(url)) {
            Stores stores = JdbiStores.create(pool);
            InMemoryMailboxSource source = DemoSync.source();
            List<GmailMessageId> firstPage = source.changes(ALICE, Checkpoint.START, DemoSync.PAGE_SIZE).refs()
                    .stream().map(MessageRef::messageId).toList();
            assertThat(stores.messages().knownIds(ALICE, firstPage)).as("the killed process's page was committed")
                    .containsExactlyInAnyOrderElementsOf(firstPage);
            assertThat(stores.mailboxes().state(ALICE).checkpoint()).as("and its checkpoint was not")
                    .isEqualTo(Checkpoint.START);

            SyncReport alice = completed(DemoSync.over(stores, source).sync(ALICE));
            completed(DemoSync.over(stores, source).sync(BOB));

            assertThat(alice.alreadyKnown()).as("the stored page, skipped").isEqualTo(DemoSync.PAGE_SIZE);
            assertThat(CaptureSnapshot.of(stores, source)).isEqualTo(DemoSync.cleanRun());
            assertThat(rowCounts(pool)).containsExactlyInAnyOrderEntriesOf(Map.of("sightings", 34L,
                    "quarantine", 2L, "messages", 15L, "proposals", 16L));
        }
    }

    private static HikariDataSource open(String url) {
        return DataSources.open(url, null, null, 2, "killed-sync-parent");
    }

    private static Process start(String url) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SyncUntilKilled.class.getName())
                .redirectErrorStream(true);
        // In the environment, not on the command line, where every user of the machine could read a password.
        builder.environment().put(SyncUntilKilled.URL_VARIABLE, url);
        return builder.start();
    }

    /** Everything the child printed up to the line, which must come before the child ends. */
    private static String awaitLine(Process child, String expected) throws Exception {
        CompletableFuture<String> reading = CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                    if (line.equals(expected)) {
                        return String.join("\n", lines);
                    }
                }
            } catch (IOException e) {
                lines.add("(reading failed: " + e + ")");
            }
            throw new AssertionError("the child ended without printing '" + expected + "':\n"
                    + String.join("\n", lines));
        });
        try {
            return reading.get(CHILD_GUARD_MINUTES, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            child.destroyForcibly();
            throw new AssertionError("the child neither printed '" + expected + "' nor ended", e);
        }
    }

    private static Map<String, Long> rowCounts(HikariDataSource pool) {
        return Jdbi.create(pool).withHandle(handle -> {
            Map<String, Long> counts = new HashMap<>();
            for (String table : List.of("sightings", "quarantine", "messages", "proposals")) {
                counts.put(table, handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
            return counts;
        });
    }

    private static SyncReport completed(SyncOutcome outcome) {
        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        return ((SyncOutcome.Completed) outcome).report();
    }
}
