package dev.fundcrm.app.cli;

import dev.fundcrm.app.Application;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Syncs mailboxes one after another through the application's runner (so under its leases), showing each
 * one's progress while it runs and a summary when it ends: the body of {@code sync-once} and {@code import-mbox}.
 */
final class SyncWithProgress {

    private static final Duration TERMINAL_REFRESH = Duration.ofSeconds(1);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    private SyncWithProgress() {
    }

    /** @return 0 when every mailbox synced completely, 1 otherwise */
    static int run(Application app, List<Mailbox> mailboxes, PrintWriter out, boolean terminal) {
        boolean allCompleted = true;
        for (Mailbox mailbox : mailboxes) {
            SyncOutcome outcome = syncOne(app, mailbox, out, terminal);
            out.println(mailbox + ": " + summary(outcome));
            allCompleted &= outcome instanceof SyncOutcome.Completed;
        }
        out.flush();
        return allCompleted ? 0 : 1;
    }

    private static SyncOutcome syncOne(Application app, Mailbox mailbox, PrintWriter out, boolean terminal) {
        CompletableFuture<SyncOutcome> sync = app.runner().syncNow(mailbox).orElseThrow(() ->
                new IllegalStateException(mailbox + " is already being synced by this process"));
        ProgressReporter reporter = new ProgressReporter(out, terminal,
                () -> app.runner().running().get(mailbox.address()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fundcrm-progress");
            thread.setDaemon(true);
            return thread;
        });
        long every = (terminal ? TERMINAL_REFRESH : LOG_INTERVAL).toMillis();
        timer.scheduleAtFixedRate(reporter::report, every, every, TimeUnit.MILLISECONDS);
        try {
            return sync.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SyncOutcome.RetryLater("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the sync of " + mailbox + " failed unexpectedly", e.getCause());
        } finally {
            timer.shutdownNow();
            reporter.finish();
        }
    }

    static String summary(SyncOutcome outcome) {
        if (outcome instanceof SyncOutcome.Completed completed) {
            SyncReport report = completed.report();
            return "done: " + report.listed() + " messages listed, " + report.newMessages() + " new, "
                    + report.proposalsCreated() + " proposals created, " + report.quarantined() + " unreadable";
        }
        if (outcome instanceof SyncOutcome.PermissionDenied denied) {
            return "refused: " + denied.reason();
        }
        if (outcome instanceof SyncOutcome.RetryLater retry) {
            return "stopped, to be tried again: " + retry.reason();
        }
        if (outcome instanceof SyncOutcome.LeasedElsewhere) {
            return "skipped: another instance is syncing it now";
        }
        if (outcome instanceof SyncOutcome.LeaseLost lost) {
            return "stopped: " + lost.reason();
        }
        if (outcome instanceof SyncOutcome.Paused) {
            return "skipped: capture is paused for this mailbox";
        }
        return "skipped: not registered (add it to CRM_MAILBOXES or through the API)";
    }
}
