package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;

/** A sync's outcome as {@code key=value} pairs for one log line: what operators grep and log shippers parse. */
final class SyncLogLine {

    private SyncLogLine() {
    }

    static String of(SyncOutcome outcome) {
        if (outcome instanceof SyncOutcome.Completed completed) {
            SyncReport report = completed.report();
            return "outcome=completed messages=" + report.listed() + " new=" + report.newMessages() + " captured="
                    + report.captured() + " proposals=" + report.proposalsCreated() + " quarantined="
                    + report.quarantined();
        }
        if (outcome instanceof SyncOutcome.PermissionDenied denied) {
            return "outcome=permission-denied reason=\"" + denied.reason() + "\"";
        }
        if (outcome instanceof SyncOutcome.RetryLater retry) {
            return "outcome=retry-later reason=\"" + retry.reason() + "\"";
        }
        if (outcome instanceof SyncOutcome.LeaseLost lost) {
            return "outcome=lease-lost reason=\"" + lost.reason() + "\"";
        }
        if (outcome instanceof SyncOutcome.Paused) {
            return "outcome=paused";
        }
        if (outcome instanceof SyncOutcome.LeasedElsewhere) {
            return "outcome=leased-elsewhere";
        }
        return "outcome=not-registered";
    }
}
