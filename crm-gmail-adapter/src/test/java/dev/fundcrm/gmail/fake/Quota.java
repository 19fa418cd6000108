package dev.fundcrm.gmail.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Gmail's per-user limits: a budget of units per sliding window (6,000 a minute by default, the quota of
 * projects created since 2026-05-01), a cost per route, and a cap on concurrent requests per user (25 by
 * default; a batch's inner calls are concurrent). Time comes from the fake's clock, so a test refills a
 * budget by moving the clock, and a benchmark runs on real time. Over budget Gmail answers either 429
 * {@code rateLimitExceeded} with "User-rate limit exceeded.  Retry after {instant}" or 403
 * {@code userRateLimitExceeded}, chosen with {@link #overBudgetAnswer}. Thread-safe.
 */
public final class Quota {

    /** Which of Gmail's two over-budget answers the fake gives. */
    public enum OverBudgetAnswer { TOO_MANY_REQUESTS_429, USER_RATE_LIMIT_403 }

    private static final DateTimeFormatter RETRY_AFTER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private record Spend(Instant at, int units) {
    }

    private static final class Ledger {
        private final Deque<Spend> window = new ArrayDeque<>();
        private long inWindow;
        private long requests;
        private final Map<Route, Long> byRoute = new EnumMap<>(Route.class);
        private long unitsSpent;
        private long overBudget;
        private long overConcurrency;
        private int inFlight;
        private int maxInFlight;
    }

    private final Clock clock;
    private final Map<Route, Integer> costs = new EnumMap<>(Route.class);
    private final Map<String, Ledger> ledgers = new TreeMap<>();
    private long budget = 6_000;
    private Duration windowLength = Duration.ofMinutes(1);
    private int concurrencyCap = 25;
    private OverBudgetAnswer answer = OverBudgetAnswer.TOO_MANY_REQUESTS_429;

    Quota(Clock clock) {
        this.clock = clock;
        for (Route route : Route.values()) {
            costs.put(route, route.defaultCost());
        }
    }

    public synchronized Quota budget(long unitsPerWindow, Duration window) {
        if (unitsPerWindow < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a budget needs units and a window: " + unitsPerWindow + " per " + window);
        }
        this.budget = unitsPerWindow;
        this.windowLength = window;
        return this;
    }

    public synchronized Quota cost(Route route, int units) {
        costs.put(route, units);
        return this;
    }

    /** The quotas of projects that used the API between Nov 2025 and Apr 2026: 15,000 a minute, get = 5. */
    public synchronized Quota legacyProject() {
        return budget(15_000, Duration.ofMinutes(1)).cost(Route.MESSAGES_GET, 5);
    }

    public synchronized Quota concurrencyCap(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("the concurrency cap must be positive, was " + maxInFlight);
        }
        this.concurrencyCap = maxInFlight;
        return this;
    }

    public synchronized Quota overBudgetAnswer(OverBudgetAnswer answer) {
        this.answer = answer;
        return this;
    }

    public synchronized int cost(Route route) {
        return costs.get(route);
    }

    public synchronized UserStats stats(String user) {
        Ledger ledger = ledgers.get(user);
        return ledger == null ? UserStats.none(user) : new UserStats(user, ledger.requests, ledger.unitsSpent,
                ledger.overBudget, ledger.overConcurrency, ledger.inFlight, ledger.maxInFlight, ledger.byRoute);
    }

    public synchronized Map<String, UserStats> stats() {
        Map<String, UserStats> all = new TreeMap<>();
        ledgers.keySet().forEach(user -> all.put(user, stats(user)));
        return all;
    }

    /** Takes a concurrency slot for {@code user}, or counts the refusal and returns false. */
    synchronized boolean enter(String user) {
        Ledger ledger = ledger(user);
        if (ledger.inFlight >= concurrencyCap) {
            ledger.overConcurrency++;
            return false;
        }
        ledger.inFlight++;
        ledger.maxInFlight = Math.max(ledger.maxInFlight, ledger.inFlight);
        return true;
    }

    synchronized void leave(String user) {
        ledger(user).inFlight--;
    }

    /** Spends the route's units for {@code user}, or returns Gmail's refusal if the window can't afford them. */
    synchronized Optional<ApiResponse> charge(String user, Route route) {
        Ledger ledger = ledger(user);
        ledger.requests++;
        ledger.byRoute.merge(route, 1L, Long::sum);
        Instant now = clock.instant();
        while (!ledger.window.isEmpty() && !ledger.window.peekFirst().at().plus(windowLength).isAfter(now)) {
            ledger.inWindow -= ledger.window.removeFirst().units();
        }
        int cost = costs.get(route);
        if (ledger.inWindow + cost > budget) {
            ledger.overBudget++;
            return Optional.of(refusal(retryAfter(ledger, cost)));
        }
        ledger.window.addLast(new Spend(now, cost));
        ledger.inWindow += cost;
        ledger.unitsSpent += cost;
        return Optional.empty();
    }

    private Instant retryAfter(Ledger ledger, int cost) {
        long needed = ledger.inWindow + cost - budget;
        for (Spend spend : ledger.window) {
            needed -= spend.units();
            if (needed <= 0) {
                return spend.at().plus(windowLength);
            }
        }
        return clock.instant().plus(windowLength);
    }

    private ApiResponse refusal(Instant retryAfter) {
        if (answer == OverBudgetAnswer.USER_RATE_LIMIT_403) {
            return GoogleErrors.userRateLimited("User Rate Limit Exceeded. Rate of requests for user exceed "
                    + "configured project quota. You may consider re-evaluating expected per-user traffic to the "
                    + "API and adjust project quota limits accordingly.");
        }
        return GoogleErrors.rateLimited("User-rate limit exceeded.  Retry after " + RETRY_AFTER.format(retryAfter));
    }

    static ApiResponse tooManyConcurrentRequests() {
        return GoogleErrors.rateLimited("Too many concurrent requests for user.");
    }

    private Ledger ledger(String user) {
        return ledgers.computeIfAbsent(user, ignored -> new Ledger());
    }
}
