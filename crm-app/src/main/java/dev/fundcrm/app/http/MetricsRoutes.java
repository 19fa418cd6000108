package dev.fundcrm.app.http;

import dev.fundcrm.app.sync.SyncControl;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.port.out.Stores;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code GET /metrics} in Prometheus text, written by Micrometer's Prometheus registry. What the stores know
 * is read at scrape time: per mailbox the sync status, failures in a row, messages seen and stored and the
 * last success; running syncs' progress and quota units; pending proposals and the oldest one's age. The
 * API counts its own requests by route and status (review actions, drafts, test emails). The sync runner
 * may record its own counters (syncs, quota units, digest sends) in the same registry.
 */
final class MetricsRoutes implements RouteGroup {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final Stores stores;
    private final SyncControl sync;
    private final Clock clock;
    private final List<Row> mailboxRows = new ArrayList<>();
    private final MultiGauge syncStatus;
    private final MultiGauge failures;
    private final MultiGauge seen;
    private final MultiGauge stored;
    private final MultiGauge lastSuccess;
    private final MultiGauge runningDone;
    private final MultiGauge runningUnits;

    /** One mailbox's state, read once per scrape. */
    private record Row(SyncState state, SyncProgress runningOrNull) {
    }

    MetricsRoutes(ApiContext context) {
        this.registry = context.metrics();
        this.stores = context.stores();
        this.sync = context.sync();
        this.clock = context.clock();
        syncStatus = MultiGauge.builder("fundcrm.mailbox.sync.status")
                .description("1 for the mailbox's current sync status").register(registry);
        failures = MultiGauge.builder("fundcrm.mailbox.sync.failures")
                .description("failed syncs in a row").register(registry);
        seen = MultiGauge.builder("fundcrm.mailbox.messages.seen").description("messages listed").register(registry);
        stored = MultiGauge.builder("fundcrm.mailbox.messages.stored").description("messages kept").register(registry);
        lastSuccess = MultiGauge.builder("fundcrm.mailbox.sync.last.success").baseUnit("seconds")
                .description("epoch seconds of the last successful sync").register(registry);
        runningDone = MultiGauge.builder("fundcrm.sync.running.messages")
                .description("messages done by a running sync").register(registry);
        runningUnits = MultiGauge.builder("fundcrm.sync.running.quota.units")
                .description("Gmail quota units spent by a running sync").register(registry);
        for (ProposalState state : ProposalState.values()) {
            Gauge.builder("fundcrm.proposals", stores.proposals(),
                            proposals -> proposals.countByState().getOrDefault(state, 0L))
                    .tag("state", state.name().toLowerCase(Locale.ROOT)).description("proposals by state")
                    .register(registry);
        }
        Gauge.builder("fundcrm.proposals.oldest.pending.age", stores.proposals(), proposals -> proposals
                        .oldestPendingCreatedAt().map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(0L))
                .baseUnit("seconds").register(registry);
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/metrics", Access.MEMBER, "Prometheus metrics (text format)", this::scrape)
                .returns(String.class));
    }

    /** Counts a finished request by its route template (bounded cardinality) and status. */
    void count(Context ctx) {
        String route = ctx.endpoints().lastHttpEndpoint() == null ? "unmatched" : ctx.endpoints().lastHttpEndpoint().path;
        Counter.builder("fundcrm.http.requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", Integer.toString(ctx.status().getCode())).register(registry).increment();
    }

    private void scrape(Context ctx) {
        refreshMailboxes();
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }

    private synchronized void refreshMailboxes() {
        mailboxRows.clear();
        var running = sync.running();
        for (MailboxAccount account : stores.mailboxes().all()) {
            mailboxRows.add(new Row(stores.mailboxes().state(account.mailbox()),
                    running.get(account.mailbox().address())));
        }
        List<MultiGauge.Row<?>> statuses = new ArrayList<>();
        for (Row row : mailboxRows) {
            for (SyncStatus status : SyncStatus.values()) {
                statuses.add(MultiGauge.Row.of(tags(row).and("status", status.name()),
                        row.state().status() == status ? 1 : 0));
            }
        }
        syncStatus.register(statuses, true);
        register(failures, row -> row.state().consecutiveFailures());
        register(seen, row -> row.state().messagesSeen());
        register(stored, row -> row.state().messagesStored());
        register(lastSuccess, row -> row.state().lastSuccess().map(at -> (double) at.getEpochSecond()).orElse(0.0));
        runningDone.register(runningRows(SyncProgress::done), true);
        runningUnits.register(runningRows(SyncProgress::quotaUnits), true);
    }

    private void register(MultiGauge gauge, ToDoubleFunction<Row> value) {
        gauge.register(mailboxRows.stream()
                .map(row -> MultiGauge.Row.of(tags(row), value.applyAsDouble(row)))
                .<MultiGauge.Row<?>>map(r -> r)
                .toList(), true);
    }

    private List<MultiGauge.Row<?>> runningRows(ToDoubleFunction<SyncProgress> value) {
        return mailboxRows.stream()
                .filter(row -> row.runningOrNull() != null)
                .map(row -> MultiGauge.Row.of(tags(row), value.applyAsDouble(row.runningOrNull())))
                .<MultiGauge.Row<?>>map(r -> r)
                .toList();
    }

    private static Tags tags(Row row) {
        return Tags.of("mailbox", row.state().mailbox().toString());
    }
}
