package dev.fundcrm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.EmailAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProgressReporterTest {

    private static final EmailAddress ALICE = EmailAddress.of("alice@northwind.vc");
    private final AtomicReference<SyncProgress> progress = new AtomicReference<>();
    private final StringWriter out = new StringWriter();

    private static SyncProgress progress(long done, long total, double rate, long units) {
        return new SyncProgress(ALICE, Instant.EPOCH, done, total, rate, units);
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceAndEndedAtTheFinish() {
        ProgressReporter reporter = new ProgressReporter(new PrintWriter(out), true, progress::get);

        progress.set(progress(5_000, 20_000, 50, 102_000));
        reporter.report();
        progress.set(progress(6_000, 20_000, 50, 122_000));
        reporter.report();
        reporter.finish();

        assertThat(out.toString()).isEqualTo(
                "\ralice@northwind.vc: 5,000 of ~20,000 messages (25%), 50.0/s, 5m 00s left, 102,000 quota units   "
                        + "\ralice@northwind.vc: 6,000 of ~20,000 messages (30%), 50.0/s, 4m 40s left, 122,000 quota "
                        + "units   " + System.lineSeparator());
    }

    @Test
    void elsewhereEachReportIsAPlainLogLine() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ProgressReporter.class);
        logger.addAppender(logs);
        try {
            ProgressReporter reporter = new ProgressReporter(new PrintWriter(out), false, progress::get);
            progress.set(progress(1_200, 0, 12.5, 0));
            reporter.report();
            reporter.finish();
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(out.toString()).isEmpty();
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "progress mailbox=alice@northwind.vc done=1200 total=0 rate=12.5/s left=unknown");
    }

    @Test
    void nothingIsShownBeforeTheSyncStartsAndLongDurationsReadInHours() {
        ProgressReporter reporter = new ProgressReporter(new PrintWriter(out), true, progress::get);
        reporter.report();
        reporter.finish();

        assertThat(out.toString()).isEmpty();
        assertThat(ProgressReporter.line(progress(0, 100_000, 10, 0)))
                .isEqualTo("alice@northwind.vc: 0 of ~100,000 messages (0%), 10.0/s, 2h 46m left");
    }
}
