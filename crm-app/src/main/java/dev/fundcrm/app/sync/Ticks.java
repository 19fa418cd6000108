package dev.fundcrm.app.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's clock: the sync tick every interval (the first at once) and the digest tick every minute, on
 * one timer thread. A round that throws is logged and the schedule goes on. Thread-safe.
 */
final class Ticks implements AutoCloseable {

    static final Duration DIGEST_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(Ticks.class);

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(new DaemonThreads("fundcrm-scheduler"));

    Ticks(Runnable syncTick, Duration interval, Runnable digestTick) {
        timer.scheduleWithFixedDelay(guarded("sync tick", syncTick), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded("digest tick", digestTick), 0, DIGEST_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("scheduler started: syncs every {}s, digest checked every minute", interval.toSeconds());
    }

    /** Stops the schedule; a round running now is interrupted. */
    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // A failed round must not cancel the schedule; the next one tries again.
                LOG.error("{} failed: {}", what, e.getClass().getSimpleName());
            }
        };
    }
}
