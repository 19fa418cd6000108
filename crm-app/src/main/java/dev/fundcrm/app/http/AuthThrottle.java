package dev.fundcrm.app.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down token guessing: after {@code maxFailures} failed authentications from one remote address
 * within {@code window}, that address is refused (429) until its oldest failure leaves the window. Time
 * comes from the clock, so tests move it instead of sleeping. Thread-safe.
 */
public final class AuthThrottle {

    /** Beyond this many tracked addresses, expired ones are dropped before tracking another. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public AuthThrottle(Clock clock, int maxFailures, Duration window) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long the address must wait before it may try again; empty when it may try now. */
    public synchronized Optional<Duration> retryAfter(String address) {
        Deque<Instant> recent = recent(address);
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        Duration wait = Duration.between(clock.instant(), recent.peekFirst().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** Records a failed authentication from the address. */
    public synchronized void failed(String address) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.keySet().removeIf(key -> recent(key).isEmpty());
        }
        failures.computeIfAbsent(address, key -> new ArrayDeque<>()).addLast(clock.instant());
    }

    private Deque<Instant> recent(String address) {
        Deque<Instant> recent = failures.getOrDefault(address, new ArrayDeque<>());
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
        return recent;
    }
}
