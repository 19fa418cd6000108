package dev.fundcrm.gmail.fake;

import java.util.Map;

/**
 * One user's counters at a moment: API calls that reached the quota check (a batch's inner calls each
 * count), units spent, calls refused for the budget (429 or 403) or for too many concurrent requests (429),
 * calls in flight now and the most ever in flight at once, and the calls that reached the quota check per
 * route. Immutable.
 */
public record UserStats(String user, long requests, long unitsSpent, long overBudget, long overConcurrency,
        int inFlight, int maxInFlight, Map<Route, Long> byRoute) {

    public UserStats {
        byRoute = Map.copyOf(byRoute);
    }

    static UserStats none(String user) {
        return new UserStats(user, 0, 0, 0, 0, 0, 0, Map.of());
    }

    /** Every call refused for quota or concurrency. */
    public long refused() {
        return overBudget + overConcurrency;
    }

    /** Calls of {@code route} that reached the quota check, refused ones included. */
    public long calls(Route route) {
        return byRoute.getOrDefault(route, 0L);
    }
}
