package dev.fundcrm.gmail;

import dev.fundcrm.domain.testkit.demo.MutableClock;
import dev.fundcrm.gmail.quota.Pacer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that passes only when someone waits: the adapter's retries and quota limiter sleep on it, and the fake
 * Gmail's quota windows and token expiry follow its clock, so a test sees minutes of pacing in milliseconds.
 * It starts at the real now, since Google's client signs its JWTs with real time. Thread-safe.
 */
final class VirtualTime implements Pacer {

    private final Instant start = Instant.now();
    private final MutableClock clock = new MutableClock(start);
    private final AtomicLong sleeps = new AtomicLong();

    Clock clock() {
        return clock;
    }

    @Override
    public long nanoTime() {
        return Duration.between(start, clock.instant()).toNanos();
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.incrementAndGet();
        clock.advance(duration);
    }

    /** How much time the waits added up to. */
    Duration elapsed() {
        return Duration.between(start, clock.instant());
    }

    long sleeps() {
        return sleeps.get();
    }
}
