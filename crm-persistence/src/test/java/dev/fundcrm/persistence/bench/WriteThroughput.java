package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.port.out.Captures;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.persistence.JdbiStores;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the same sync pages through {@code Captures.store} and through bare JDBC ({@link BareInsert}), each into a
 * fresh database of one engine, page by page, and reports both rates in mailbox copies per second. The paths take
 * turns page by page, so that another process's load falls on both alike; a warm-up round comes first, unmeasured.
 * After each round the two databases must hold the same number of rows in every table.
 */
final class WriteThroughput {

    /** One round's rates, in copies per second, and this JVM's CPU time per page on each path, in microseconds. */
    record Round(double store, double bare, double storeCpu, double bareCpu) {
        double percent() {
            return 100 * store / bare;
        }
    }

    private final String engine;
    private final BenchmarkOptions options;
    private final SyntheticFund fund;
    private final Path folder;
    private final PrintStream out;

    WriteThroughput(String engine, BenchmarkOptions options, SyntheticFund fund, Path folder, PrintStream out) {
        this.engine = engine;
        this.options = options;
        this.fund = fund;
        this.folder = folder;
        this.out = out;
    }

    /** Runs the warm-up and every round; returns the last round's store-path database, still open. */
    BenchDatabase run(List<CaptureBatch> pages, List<Round> rounds) throws SQLException {
        int warmupPages = Math.max(1, Math.min(pages.size(), options.warmup() / options.pageSize()));
        try (BenchDatabase store = BenchDatabase.create(engine, options.postgresUrl(), folder);
                BenchDatabase bare = BenchDatabase.create(engine, options.postgresUrl(), folder)) {
            interleaved(store, bare, pages.subList(0, warmupPages), 0);
        }
        BenchDatabase kept = null;
        for (int round = 1; round <= options.rounds(); round++) {
            BenchDatabase store = BenchDatabase.create(engine, options.postgresUrl(), folder);
            try (BenchDatabase bare = BenchDatabase.create(engine, options.postgresUrl(), folder)) {
                Round result = interleaved(store, bare, pages, round);
                requireSameRows(store, bare);
                rounds.add(result);
                out.printf("%s write round %d: store %,.0f copies/s, bare %,.0f copies/s: %.0f%%"
                        + " (Java CPU per page: store %,.0f us, bare %,.0f us)%n", engine, round, result.store(),
                        result.bare(), result.percent(), result.storeCpu(), result.bareCpu());
            } catch (RuntimeException | SQLException e) {
                store.close();
                throw e;
            }
            if (kept != null) {
                kept.close();
            }
            kept = store;
        }
        return kept;
    }

    /**
     * Writes each page through both paths, alternating which goes first, and adds up each path's time: on a busy
     * machine, a slow second falls on both paths alike.
     */
    private Round interleaved(BenchDatabase storeDatabase, BenchDatabase bareDatabase, List<CaptureBatch> pages,
                              int round) throws SQLException {
        Stores stores = JdbiStores.create(storeDatabase.pool());
        fund.storeIn(stores);
        fund.storeIn(JdbiStores.create(bareDatabase.pool()));
        Captures captures = stores.captures();
        BareRows rows = new BareRows();
        List<BareRows.Page> barePages = new ArrayList<>();
        pages.forEach(page -> barePages.add(rows.of(page)));
        System.gc();
        Clock store = new Clock();
        Clock bare = new Clock();
        for (int page = 0; page < pages.size(); page++) {
            CaptureBatch batch = pages.get(page);
            BareRows.Page rowsOfPage = barePages.get(page);
            if ((page + round) % 2 == 0) {
                store.time(() -> captures.store(batch));
                bare.time(() -> writeBare(bareDatabase, rowsOfPage, options.bareOnConflict()));
            } else {
                bare.time(() -> writeBare(bareDatabase, rowsOfPage, options.bareOnConflict()));
                store.time(() -> captures.store(batch));
            }
        }
        double copies = pages.size() * (double) options.pageSize();
        return new Round(copies / store.seconds(), copies / bare.seconds(), store.cpuMicros() / pages.size(),
                bare.cpuMicros() / pages.size());
    }

    private static void writeBare(BenchDatabase database, BareRows.Page page, boolean ignoreConflicts) {
        try (Connection connection = database.pool().getConnection()) {
            BareInsert.write(connection, List.of(page), ignoreConflicts);
        } catch (SQLException e) {
            throw new IllegalStateException("the bare insert failed", e);
        }
    }

    /** Wall and CPU time of the calls it timed. */
    private static final class Clock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long wallNanos;
        private long cpuNanos;

        void time(Runnable call) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            call.run();
            wallNanos += System.nanoTime() - wall;
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        }

        double seconds() {
            return wallNanos / 1e9;
        }

        double cpuMicros() {
            return cpuNanos / 1e3;
        }
    }

    private static void requireSameRows(BenchDatabase store, BenchDatabase bare) throws SQLException {
        Map<String, Long> stored = TableSizes.of(store.pool());
        Map<String, Long> written = TableSizes.of(bare.pool());
        if (!stored.equals(written)) {
            throw new IllegalStateException("the two paths wrote different rows: store " + stored
                    + ", bare " + written);
        }
    }

}
