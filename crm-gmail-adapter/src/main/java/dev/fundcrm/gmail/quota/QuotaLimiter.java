package dev.fundcrm.gmail.quota;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paces each user's calls to the per-user budget, so that a sync runs at the quota's speed without
 * drawing 429s. Per user, a token bucket holding at most one minute's budget and refilled continuously at
 * the budget's rate: the model of a per-minute quota. A call waits until its units are in the bucket; a
 * call costing more than the bucket holds waits for a full bucket and then overdraws it.
 *
 * <p>Thread-safe; different users never wait for each other. Time and sleeping come from a {@link Pacer}, so
 * tests run without real waits.
 */
public final class QuotaLimiter {

    private final double capacity;
    private final double unitsPerNano;
    private final Pacer pacer;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param headroom the share of the budget held back, e.g. 0.02, for what other clients of the user spend */
    public QuotaLimiter(GmailCosts costs, double headroom, Pacer pacer) {
        if (headroom < 0 || headroom >= 1) {
            throw new IllegalArgumentException("headroom is a share of the budget in [0, 1), was " + headroom);
        }
        double budget = costs.unitsPerUserPerMinute() * (1 - headroom);
        this.capacity = budget;
        this.unitsPerNano = budget / Duration.ofMinutes(1).toNanos();
        this.pacer = pacer;
    }

    /**
     * Waits until the user may spend the units, then spends them.
     *
     * @throws InterruptedException if interrupted while waiting; nothing was spent
     */
    public void acquire(String user, int units) throws InterruptedException {
        Bucket bucket = buckets.computeIfAbsent(user, u -> new Bucket(capacity, pacer.nanoTime()));
        while (true) {
            long waitNanos;
            synchronized (bucket) {
                long now = pacer.nanoTime();
                bucket.refill(now, capacity, unitsPerNano);
                double needed = Math.min(units, capacity);
                if (bucket.tokens >= needed) {
                    bucket.tokens -= units;
                    return;
                }
                waitNanos = (long) Math.ceil((needed - bucket.tokens) / unitsPerNano);
            }
            pacer.sleep(Duration.ofNanos(Math.max(waitNanos, 1)));
        }
    }

    /** Units the user may spend right now without waiting. */
    public double available(String user) {
        Bucket bucket = buckets.computeIfAbsent(user, u -> new Bucket(capacity, pacer.nanoTime()));
        synchronized (bucket) {
            bucket.refill(pacer.nanoTime(), capacity, unitsPerNano);
            return bucket.tokens;
        }
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now, double capacity, double unitsPerNano) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * unitsPerNano);
            refilledAt = now;
        }
    }
}
