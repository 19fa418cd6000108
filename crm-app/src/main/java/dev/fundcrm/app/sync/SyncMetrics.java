package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * What the sync runner counts for {@code /metrics}: syncs by outcome, messages listed and new, proposals
 * created, quota units spent, how long syncs take, and the daily digest's sends by outcome. Not per mailbox: a fund's dashboard wants the totals,
 * and the log line has the rest. Thread-safe.
 */
public final class SyncMetrics {

    private final MeterRegistry registry;
    private final Counter messages;
    private final Counter newMessages;
    private final Counter proposals;
    private final Counter units;
    private final Timer duration;

    public SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.messages = Counter.builder("fundcrm.sync.messages").description("messages listed by syncs")
                .register(registry);
        this.newMessages = Counter.builder("fundcrm.sync.new.messages").description("messages new to the store")
                .register(registry);
        this.proposals = Counter.builder("fundcrm.sync.proposals").description("proposals created by syncs")
                .register(registry);
        this.units = Counter.builder("fundcrm.gmail.quota.units").description("Gmail quota units spent by syncs")
                .register(registry);
        this.duration = Timer.builder("fundcrm.sync.duration").description("how long a mailbox sync took")
                .register(registry);
    }

    void digest(SendDailyDigest.Outcome outcome) {
        String name = outcome instanceof SendDailyDigest.Outcome.Delivered ? "delivered"
                : outcome instanceof SendDailyDigest.Outcome.Failed ? "failed" : "already-handled";
        registry.counter("fundcrm.digest.sends", "outcome", name).increment();
    }

    void recorded(SyncOutcome outcome, long quotaUnits, Duration took) {
        String name = SyncLogLine.of(outcome).split(" ", 2)[0].substring("outcome=".length());
        registry.counter("fundcrm.syncs", "outcome", name).increment();
        if (outcome instanceof SyncOutcome.Completed completed) {
            SyncReport report = completed.report();
            messages.increment(report.listed());
            newMessages.increment(report.newMessages());
            proposals.increment(report.proposalsCreated());
        }
        units.increment(quotaUnits);
        duration.record(took);
    }
}
