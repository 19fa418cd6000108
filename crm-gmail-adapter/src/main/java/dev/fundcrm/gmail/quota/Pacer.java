package dev.fundcrm.gmail.quota;

import java.time.Duration;

/** The time source and the sleep of the quota limiter and of retries: real, or a test's own. */
public interface Pacer {

    Pacer REAL = new Pacer() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    /** A monotonic clock in nanoseconds, like {@link System#nanoTime()}. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;
}
