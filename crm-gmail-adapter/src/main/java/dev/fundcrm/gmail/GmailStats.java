package dev.fundcrm.gmail;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the adapter asked of Gmail, per user, since it was made: API calls (each inner call of a batch counts,
 * as Gmail counts them), quota units spent by the limiter's reckoning, calls sent again after a failure, and
 * calls Gmail refused for quota. The app reads it to show what a sync cost. Thread-safe.
 */
public final class GmailStats {

    /** One user's counters at a moment. Immutable. */
    public record Usage(String user, long requests, long units, long retries, long rateLimited) {

        static Usage none(String user) {
            return new Usage(user, 0, 0, 0, 0);
        }
    }

    private static final class Counters {
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong units = new AtomicLong();
        private final AtomicLong retries = new AtomicLong();
        private final AtomicLong rateLimited = new AtomicLong();
    }

    private final Map<String, Counters> users = new ConcurrentHashMap<>();

    /** The user's counters; all zero for a user the adapter never called for. */
    public Usage of(String user) {
        Counters counters = users.get(key(user));
        return counters == null ? Usage.none(key(user)) : usage(key(user), counters);
    }

    /** Every user's counters, by address. */
    public Map<String, Usage> all() {
        Map<String, Usage> all = new TreeMap<>();
        users.forEach((user, counters) -> all.put(user, usage(user, counters)));
        return all;
    }

    void spent(String user, int calls, int units) {
        Counters counters = counters(user);
        counters.requests.addAndGet(calls);
        counters.units.addAndGet(units);
    }

    void retried(String user, int calls) {
        counters(user).retries.addAndGet(calls);
    }

    void rateLimited(String user, int calls) {
        counters(user).rateLimited.addAndGet(calls);
    }

    private Counters counters(String user) {
        return users.computeIfAbsent(key(user), ignored -> new Counters());
    }

    private static Usage usage(String user, Counters counters) {
        return new Usage(user, counters.requests.get(), counters.units.get(), counters.retries.get(),
                counters.rateLimited.get());
    }

    private static String key(String user) {
        return user.strip().toLowerCase(Locale.ROOT);
    }
}
