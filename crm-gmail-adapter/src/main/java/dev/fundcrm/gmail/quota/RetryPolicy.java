package dev.fundcrm.gmail.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When to try a failed Gmail call again: exponential backoff {@code min(2^n, 60) s} plus up to one second of
 * jitter, as GYB and GAM do, unless the answer says when (a {@code Retry-After} header, or Gmail's "Retry
 * after 2026-03-07T18:18:23.688Z" text). At most {@code maxAttempts} attempts. Thread-safe.
 */
public final class RetryPolicy {

    private static final Pattern RETRY_AFTER_TEXT = Pattern.compile("Retry after (\\S+?Z)");
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final int maxAttempts;
    private final Random jitter;

    public RetryPolicy(int maxAttempts, Random jitter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.jitter = jitter;
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(6, new Random());
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether another attempt follows attempt number {@code attempt} (1-based). */
    public boolean allowsAnother(int attempt) {
        return attempt < maxAttempts;
    }

    /**
     * How long to wait after failed attempt number {@code attempt} (1-based).
     *
     * @param retryAfterHeader the {@code Retry-After} header's value, or null
     * @param message the error's message, which may say "Retry after {instant}", or null
     * @param now the current time, to turn an instant into a wait
     */
    public Duration delay(int attempt, String retryAfterHeader, String message, Instant now) {
        Optional<Duration> told = fromHeader(retryAfterHeader, now).or(() -> fromMessage(message, now));
        if (told.isPresent()) {
            return told.get().isNegative() ? Duration.ZERO : min(told.get(), MAX_BACKOFF.multipliedBy(5));
        }
        long exponential = 1L << Math.min(Math.max(attempt - 1, 0), 6);
        Duration base = min(Duration.ofSeconds(exponential), MAX_BACKOFF);
        synchronized (jitter) {
            return base.plusMillis(jitter.nextInt(1001));
        }
    }

    private static Optional<Duration> fromHeader(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> fromMessage(String message, Instant now) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher matcher = RETRY_AFTER_TEXT.matcher(message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.between(now, Instant.parse(matcher.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
