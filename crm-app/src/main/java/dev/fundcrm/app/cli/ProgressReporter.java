package dev.fundcrm.app.cli;

import dev.fundcrm.app.sync.SyncProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a long sync's progress: on a terminal one line redrawn in place (messages done of the estimated
 * total, rate, time left); elsewhere (a log file, a pipe) a plain log line each time it is called. Not
 * thread-safe: one reporter per sync, called from one timer thread.
 */
final class ProgressReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final PrintWriter out;
    private final boolean terminal;
    private final Supplier<SyncProgress> progress;
    private boolean drawn;

    ProgressReporter(PrintWriter out, boolean terminal, Supplier<SyncProgress> progress) {
        this.out = out;
        this.terminal = terminal;
        this.progress = progress;
    }

    /** Shows the progress now, if the sync is running. */
    void report() {
        SyncProgress now = progress.get();
        if (now == null) {
            return;
        }
        if (terminal) {
            out.print("\r" + line(now) + "   ");
            out.flush();
            drawn = true;
        } else {
            LOG.info("progress mailbox={} done={} total={} rate={}/s left={}", now.mailbox().canonical(), now.done(),
                    now.estimatedTotal(), String.format(Locale.ROOT, "%.1f", now.messagesPerSecond()),
                    now.timeLeft().map(ProgressReporter::duration).orElse("unknown"));
        }
    }

    /** Ends the redrawn line, so what follows starts on its own. */
    void finish() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }

    static String line(SyncProgress progress) {
        StringBuilder line = new StringBuilder(progress.mailbox().canonical()).append(": ")
                .append(String.format(Locale.ROOT, "%,d", progress.done()));
        if (progress.estimatedTotal() > 0) {
            long percent = Math.min(100, progress.done() * 100 / progress.estimatedTotal());
            line.append(String.format(Locale.ROOT, " of ~%,d messages (%d%%)", progress.estimatedTotal(), percent));
        } else {
            line.append(" messages");
        }
        line.append(String.format(Locale.ROOT, ", %.1f/s", progress.messagesPerSecond()));
        progress.timeLeft().ifPresent(left -> line.append(", ").append(duration(left)).append(" left"));
        if (progress.quotaUnits() > 0) {
            line.append(String.format(Locale.ROOT, ", %,d quota units", progress.quotaUnits()));
        }
        return line.toString();
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return seconds + "s";
    }
}
