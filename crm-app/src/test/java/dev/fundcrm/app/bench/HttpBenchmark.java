package dev.fundcrm.app.bench;

import ch.qos.logback.classic.Level;
import dev.fundcrm.app.http.AdminApi;
import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.app.sync.SyncControl;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.UseCases;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.RecordingBackfillRequests;
import dev.fundcrm.domain.testkit.RecordingDrafts;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.persistence.JdbiStores;
import dev.fundcrm.persistence.bench.GrownFund;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The admin API's benchmark (docs/benchmarks.md, "The admin API under load"): the store benchmark's synthetic fund
 * grown to 1M mailbox copies in H2 and/or PostgreSQL, the real {@link AdminApi} over the Jdbi stores on a loopback
 * port, and {@code wrk} with 1, 8 and 32 connections against the review queue's pages and filters and a contact's
 * timeline. Prints requests per second and p50/p99 latency per route as a Markdown table. A main class, not a
 * test: it runs for many minutes.
 */
public final class HttpBenchmark {

    private static final EmailAddress ADMIN = EmailAddress.of("partner01@fund.example");

    private HttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HttpBenchmarkOptions options = HttpBenchmarkOptions.parse(args);
        PrintStream out = System.out;
        // Each request's INFO line, written to Maven's console, would cost more than most routes: off for the run.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(AdminApi.class)).setLevel(Level.WARN);
        out.printf("machine: %d cores, Java %s, max heap %,d MB, load average %.2f; wrk and the server share them%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        out.println("options: " + options);
        List<String> table = new ArrayList<>();
        for (String engine : options.engines()) {
            try (GrownFund fund = options.reuse().isBlank()
                    ? GrownFund.grow(engine, options.postgresUrl(), options.copies(), out)
                    : GrownFund.reuse(options.postgresUrl(), options.reuse(), options.copies(), out)) {
                table.addAll(measure(engine, fund, options, out));
            }
        }
        out.println();
        out.println("| Engine | Route | Connections | Requests/s | p50 ms | p99 ms | max ms | errors |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        table.forEach(out::println);
        out.printf("load average now %.2f%n", loadAverage());
    }

    private static List<String> measure(String engine, GrownFund fund, HttpBenchmarkOptions options, PrintStream out)
            throws Exception {
        Stores stores = JdbiStores.create(fund.dataSource());
        ApiTokens tokens = JdbiStores.apiTokens(fund.dataSource());
        Clock clock = Clock.systemUTC();
        stores.admins().activate(ADMIN);
        String token = ApiToken.issue().reveal();
        tokens.add(ApiToken.hash(token), new ApiUser(ADMIN, Role.ADMIN), clock.instant());
        FundSettings settings = FundSettings.of("fund.example");
        UseCases useCases = UseCases.wire(new UseCases.Ports(stores, new InMemoryMailboxSource(), new RecordingDrafts(),
                null, new RecordingOutboundMail("smtp"), new TemplateDigestWriter()), settings, clock);
        ApiContext context = new ApiContext(useCases, stores, tokens, settings, clock, new NoSync(),
                new TemplateDigestWriter(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new RecordingBackfillRequests());
        AdminApi api = AdminApi.start(context, "127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + api.port();
            List<BenchTarget> targets = BenchTarget.all(stores, fund).stream()
                    .filter(target -> options.runs(target.name())).toList();
            for (BenchTarget target : targets) {
                out.printf("  %s: %d paths, first answers %s%n", target.name(), target.paths().size(),
                        target.check(base, token));
            }
            Wrk wrk = new Wrk(base, token, options.threads());
            List<String> rows = new ArrayList<>();
            for (BenchTarget target : targets) {
                wrk.run(target.paths(), 8, options.warmup());
                for (int connections : options.connections()) {
                    Wrk.Result result = wrk.run(target.paths(), connections, options.duration());
                    String row = String.format("| %s | %s | %d | %,.0f | %.2f | %.2f | %.1f | %d |", engine,
                            target.name(), connections, result.perSecond(), result.p50(), result.p99(), result.max(),
                            result.non2xx() + result.socketErrors());
                    out.println(row);
                    rows.add(row);
                }
            }
            return rows;
        } finally {
            api.stop();
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** No sync runner: the benchmark only reads. */
    private static final class NoSync implements SyncControl {
        @Override
        public void requestSync(EmailAddress mailbox) {
        }

        @Override
        public Map<EmailAddress, SyncProgress> running() {
            return Map.of();
        }
    }
}
