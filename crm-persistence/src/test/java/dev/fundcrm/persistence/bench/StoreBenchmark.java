package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.persistence.DataSources;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The persistence benchmark (docs/benchmarks.md): sync pages written through {@code Captures.store} against bare
 * JDBC batches of the same rows, then the review queue's and the timeline's latency on a grown database, with
 * the engine's plans, on H2 (file) and PostgreSQL. A main class, not a test: it runs for minutes.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        PrintStream out = System.out;
        long started = System.nanoTime();
        out.printf("machine: %d cores, Java %s (%s), max heap %,d MB, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        out.println("options: " + options.sizes() + " engines=" + options.runnableEngines());
        if (!options.runnableEngines().contains("postgresql") && options.engines().contains("postgresql")) {
            out.println("PostgreSQL skipped: no --pg-url, FUNDCRM_BENCH_PG_URL or FUNDCRM_TEST_PG_URL");
        }
        SyntheticFund fund = new SyntheticFund(options.mailboxes(), options.organizations(), options.contacts());
        SyntheticMail mail = new SyntheticMail(fund, options.seed(), options.pageSize());
        List<CaptureBatch> pages = mail.pages(options.messages());
        describe(pages, out);
        Path folder = Files.createTempDirectory("fundcrm-bench");
        Map<String, List<WriteThroughput.Round>> writes = new LinkedHashMap<>();
        Map<String, List<Latencies>> reads = new LinkedHashMap<>();
        try {
            for (String engine : options.runnableEngines()) {
                List<WriteThroughput.Round> rounds = new ArrayList<>();
                writes.put(engine, rounds);
                try (BenchDatabase grown = new WriteThroughput(engine, options, fund, folder, out).run(pages, rounds)) {
                    if (options.growTo() > 0) {
                        Growth.grow(grown, mail, pages, options.growTo(), out);
                        out.println("  rows: " + TableSizes.of(grown.pool()));
                        reads.put(engine, new QueueLatency(grown, fund, options, out).run(engine));
                        if (options.keep()) {
                            out.println("  kept: " + DataSources.redacted(grown.keep()));
                        }
                    }
                }
            }
        } finally {
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
        out.println();
        out.println("== summary (" + options.sizes() + ")");
        writes.forEach((engine, rounds) -> out.printf(
                "%-10s store %,8.0f copies/s   bare %,8.0f copies/s   store/bare %3.0f%% (median of %d rounds: %s)%n",
                engine, median(rounds, WriteThroughput.Round::store), median(rounds, WriteThroughput.Round::bare),
                median(rounds, WriteThroughput.Round::percent), rounds.size(),
                rounds.stream().map(round -> String.format("%.0f%%", round.percent())).toList()));
        reads.forEach((engine, latencies) -> latencies.forEach(latency -> out.println(latency.line(engine))));
        out.printf("took %.0f s; load average now %.2f%n", (System.nanoTime() - started) / 1e9, loadAverage());
    }

    private static void describe(List<CaptureBatch> pages, PrintStream out) {
        long sightings = pages.stream().mapToLong(page -> page.skipped().size() + page.captured().size()).sum();
        long captured = pages.stream().mapToLong(page -> page.captured().size()).sum();
        long contents = pages.stream().flatMap(page -> page.captured().stream())
                .filter(copy -> copy.contentOrNull() != null).count();
        out.printf("pages: %,d of %d copies: %,d sightings, %,d captured copies, %,d with content%n", pages.size(),
                pages.get(0).skipped().size() + pages.get(0).captured().size(), sightings, captured, contents);
    }

    private static double median(List<WriteThroughput.Round> rounds,
                                 ToDoubleFunction<WriteThroughput.Round> value) {
        double[] sorted = rounds.stream().mapToDouble(value).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
