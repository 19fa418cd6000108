package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncReport;
import java.time.Duration;
import java.time.Instant;

/** One sync on this instance, from its request to its end: what its pages so far reported. Thread-safe. */
final class RunningSync {

    private final Mailbox mailbox;
    private final long unitsAtStart;
    private volatile Instant startedAt;
    private volatile SyncReport soFar;

    RunningSync(Mailbox mailbox, Instant requestedAt, long unitsAtStart) {
        this.mailbox = mailbox;
        this.startedAt = requestedAt;
        this.unitsAtStart = unitsAtStart;
    }

    void started(Instant at) {
        startedAt = at;
    }

    void pageStored(SyncReport report) {
        soFar = report;
    }

    Instant startedAt() {
        return startedAt;
    }

    long unitsSince(long unitsNow) {
        return Math.max(0, unitsNow - unitsAtStart);
    }

    SyncProgress progress(Instant now, long unitsNow) {
        SyncReport report = soFar;
        long done = report == null ? 0 : report.listed();
        long total = report == null ? 0 : Math.max(report.estimatedTotal(), 0);
        double seconds = Duration.between(startedAt, now).toMillis() / 1000.0;
        double rate = seconds > 0 ? done / seconds : 0;
        return new SyncProgress(mailbox.address(), startedAt, done, total, rate, unitsSince(unitsNow));
    }
}
