package dev.fundcrm.gmail.quota;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paces each user's calls to the per-user budget, so that a sync runs at the quota's speed without
 * drawing 429s. Per user, a log of what was spent in the last minute, the way Gmail counts a per-minute quota: a
 * call goes out when the units spent in the minute before it, plus its own, fit the budget; a call costing more
 * than the whole budget waits for an empty minute and then overdraws it.
 *
 * <p>Why a log and not a token bucket: a bucket holding a minute's budget and refilled at the budget's rate lets
 * a minute's burst and then the full rate through, so the first minute spends nearly twice the budget, Gmail
 * answers 429 with "Retry after" the end of that minute, and the one sync stalls (measured: 1.7 times the ideal
 * sync time, docs/benchmarks.md). A spend is kept a little longer than a minute ({@link #DEFAULT_SLACK}) because
 * Gmail counts a call when it arrives, a moment after it left here.
 *
 * <p>Thread-safe; different users never wait for each other. Time and sleeping come from a {@link Pacer}, so
 * tests run without real waits.
 */
public final class QuotaLimiter {

    /** How much longer than the quota's minute a spend is counted here: the time a call may take to reach Gmail. */
    public static final Duration DEFAULT_SLACK = Duration.ofSeconds(1);

    private final double capacity;
    private final long windowNanos;
    private final Pacer pacer;
    private final Map<String, Ledger> ledgers = new ConcurrentHashMap<>();

    /** @param headroom the share of the budget held back, e.g. 0.02, for what other clients of the user spend */
    public QuotaLimiter(GmailCosts costs, double headroom, Pacer pacer) {
        this(costs, headroom, DEFAULT_SLACK, pacer);
    }

    /** @param slack how much longer than a minute a spend counts, for the time a call takes to reach Gmail */
    public QuotaLimiter(GmailCosts costs, double headroom, Duration slack, Pacer pacer) {
        if (headroom < 0 || headroom >= 1) {
            throw new IllegalArgumentException("headroom is a share of the budget in [0, 1), was " + headroom);
        }
        if (slack.isNegative()) {
            throw new IllegalArgumentException("slack can't be negative, was " + slack);
        }
        this.capacity = costs.unitsPerUserPerMinute() * (1 - headroom);
        this.windowNanos = Duration.ofMinutes(1).plus(slack).toNanos();
        this.pacer = pacer;
    }

    /**
     * Waits until the user may spend the units, then spends them.
     *
     * @throws InterruptedException if interrupted while waiting; nothing was spent
     */
    public void acquire(String user, int units) throws InterruptedException {
        Ledger ledger = ledger(user);
        while (true) {
            long waitNanos;
            synchronized (ledger) {
                long now = pacer.nanoTime();
                ledger.forget(now - windowNanos);
                double needed = Math.min(units, capacity);
                if (ledger.spent + needed <= capacity || ledger.spends.isEmpty()) {
                    ledger.spend(now, units);
                    return;
                }
                waitNanos = ledger.nanosUntilFits(capacity - needed, now, windowNanos);
            }
            pacer.sleep(Duration.ofNanos(Math.max(waitNanos, 1)));
        }
    }

    /** Units the user may spend right now without waiting (negative after a call overdrew the budget). */
    public double available(String user) {
        Ledger ledger = ledger(user);
        synchronized (ledger) {
            ledger.forget(pacer.nanoTime() - windowNanos);
            return capacity - ledger.spent;
        }
    }

    private Ledger ledger(String user) {
        return ledgers.computeIfAbsent(user, ignored -> new Ledger());
    }

    private static final class Ledger {
        private final Deque<long[]> spends = new ArrayDeque<>();
        private long spent;

        void spend(long at, int units) {
            spends.addLast(new long[] {at, units});
            spent += units;
        }

        void forget(long before) {
            while (!spends.isEmpty() && spends.peekFirst()[0] <= before) {
                spent -= spends.removeFirst()[1];
            }
        }

        /** How long until what is spent falls to {@code allowed} as old spends leave the window. */
        long nanosUntilFits(double allowed, long now, long windowNanos) {
            long left = spent;
            for (long[] spend : spends) {
                left -= spend[1];
                if (left <= allowed) {
                    return spend[0] + windowNanos - now + 1;
                }
            }
            return windowNanos;
        }
    }
}
