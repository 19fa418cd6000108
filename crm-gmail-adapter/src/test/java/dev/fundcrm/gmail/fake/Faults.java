package dev.fundcrm.gmail.fake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Faults injected per {@link Route}: for the next N calls, or each call with a probability drawn from a
 * seeded random (so a run repeats). Rules are tried in the order added; the first that fires wins. A batch's
 * inner calls draw for their own routes (a reset there drops the whole batch's connection). Thread-safe.
 */
public final class Faults {

    private static final class Rule {
        private final Route route;
        private final Fault fault;
        private int remaining;
        private final double probability;
        private final Random random;

        private Rule(Route route, Fault fault, int remaining, double probability, Random random) {
            this.route = route;
            this.fault = fault;
            this.remaining = remaining;
            this.probability = probability;
            this.random = random;
        }

        private boolean fires() {
            if (random != null) {
                return random.nextDouble() < probability;
            }
            remaining--;
            return true;
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Fault> byResource = new HashMap<>();
    private final Map<Route, Integer> injected = new EnumMap<>(Route.class);

    Faults() {
    }

    /** The next {@code times} calls of {@code route} get {@code fault}. */
    public synchronized Faults next(int times, Route route, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be positive, was " + times);
        }
        rules.add(new Rule(checked(route, fault), fault, times, 1.0, null));
        return this;
    }

    /** Each call of {@code route} gets {@code fault} with {@code probability}, drawn from {@code new Random(seed)}. */
    public synchronized Faults sometimes(double probability, long seed, Route route, Fault fault) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within [0, 1], was " + probability);
        }
        rules.add(new Rule(checked(route, fault), fault, Integer.MAX_VALUE, probability, new Random(seed)));
        return this;
    }

    /**
     * Every call of {@code route} on one resource (a message id, say) gets {@code fault}, before any other rule: a
     * message Gmail keeps failing to serve.
     */
    public synchronized Faults always(Route route, String resourceId, Fault fault) {
        checked(route, fault);
        byResource.put(route + " " + resourceId, fault);
        return this;
    }

    public synchronized void clear() {
        rules.clear();
        byResource.clear();
    }

    /** How many faults were injected on {@code route} so far. */
    public synchronized int injected(Route route) {
        return injected.getOrDefault(route, 0);
    }

    /** As {@link #draw(Route)}, trying the rules for the call's resource (its first path id) first. */
    synchronized Optional<Fault> draw(Route route, List<String> pathParameters) {
        Fault fault = pathParameters.isEmpty() ? null : byResource.get(route + " " + pathParameters.get(0));
        if (fault != null) {
            injected.merge(route, 1, Integer::sum);
            return Optional.of(fault);
        }
        return draw(route);
    }

    synchronized Optional<Fault> draw(Route route) {
        for (Iterator<Rule> iterator = rules.iterator(); iterator.hasNext();) {
            Rule rule = iterator.next();
            if (rule.route != route) {
                continue;
            }
            boolean fires = rule.fires();
            if (rule.remaining <= 0) {
                iterator.remove();
            }
            if (fires) {
                injected.merge(route, 1, Integer::sum);
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    private static Route checked(Route route, Fault fault) {
        if (fault instanceof Fault.TokenRejected && route != Route.TOKEN) {
            throw new IllegalArgumentException("a rejected token is a fault of Route.TOKEN, not of " + route);
        }
        return route;
    }

    static void pause(Optional<Fault> fault) {
        if (fault.isPresent() && fault.get() instanceof Fault.Delay delay) {
            try {
                Thread.sleep(delay.duration().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static ApiResponse spoil(Optional<Fault> fault, ApiResponse response) {
        if (fault.isPresent() && fault.get() instanceof Fault.MalformedJson && !response.resetsConnection()) {
            String text = response.bodyText();
            return response.withBody(text.substring(0, Math.max(2, text.length() / 2)));
        }
        return response;
    }
}
