package dev.fundcrm.gmail;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.http.HttpHeaders;
import dev.fundcrm.gmail.quota.Pacer;
import dev.fundcrm.gmail.quota.QuotaLimiter;
import dev.fundcrm.gmail.quota.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs Gmail calls for a user within the quota and the retry policy: each attempt first takes its units from
 * the {@link QuotaLimiter}, a failure is described by {@link GoogleFailures}, and a retryable one is tried again
 * after the policy's pause, at most the policy's attempts in all. Thread-safe.
 */
final class GmailCalls {

    /** One Gmail API call, as the client library runs it. */
    @FunctionalInterface
    interface Request<T> {
        T execute() throws IOException;
    }

    /** When a failed call may be sent again. */
    enum Repeat {
        /** Reads: after any retryable failure. */
        WHEN_RETRYABLE,
        /** Drafts and sends: only when Gmail surely did not run it (quota, token endpoint, no connection). */
        UNLESS_IT_MAY_HAVE_RUN
    }

    /** What is asked of Gmail: for whom, with which scope, at what cost, in words for a failure's message. */
    record Call(String user, String scope, int units, String action, Repeat repeat) {
    }

    /**
     * Added to every pause: Gmail's "Retry after" instant is cut to the millisecond, so waking exactly then can
     * be a hair early and draw the same refusal.
     */
    static final Duration SLACK = Duration.ofSeconds(1);

    private final QuotaLimiter limiter;
    private final RetryPolicy policy;
    private final Pacer pacer;
    private final Clock clock;
    private final GmailStats stats;
    private final GoogleFailures failures;

    GmailCalls(QuotaLimiter limiter, RetryPolicy policy, Pacer pacer, Clock clock, GmailStats stats,
               GoogleFailures failures) {
        this.limiter = limiter;
        this.policy = policy;
        this.pacer = pacer;
        this.clock = clock;
        this.stats = stats;
        this.failures = failures;
    }

    <T> T execute(Call call, Request<T> request) throws GmailFailure {
        for (int attempt = 1; ; attempt++) {
            acquire(call.user(), 1, call.units());
            try {
                return request.execute();
            } catch (IOException | RuntimeException e) {
                GmailFailure failure = noted(call.user(), 1, failures.describe(e, call.user(), call.scope()));
                boolean again = failure.retryable() && policy.allowsAnother(attempt)
                        && (call.repeat() == Repeat.WHEN_RETRYABLE || !failure.mayHaveRun());
                if (!again) {
                    throw failure.during(call.action() + (attempt > 1 ? " (" + attempt + " attempts)" : ""));
                }
                pause(attempt, failure);
                stats.retried(call.user(), 1);
            }
        }
    }

    /** Waits until the user may spend {@code units} on {@code calls} calls, and counts them. */
    void acquire(String user, int calls, int units) throws GmailFailure {
        try {
            limiter.acquire(user, units);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GmailFailure.of(GmailFailure.Kind.TEMPORARY, "interrupted while waiting for Gmail's quota");
        }
        stats.spent(user, calls, units);
    }

    /** Waits as the policy says after failed attempt number {@code attempt} (1-based). */
    void pause(int attempt, GmailFailure failure) throws GmailFailure {
        Duration delay = policy.delay(attempt, failure.retryAfterHeader(), failure.googleMessage(), clock.instant())
                .plus(SLACK);
        try {
            pacer.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GmailFailure.of(GmailFailure.Kind.TEMPORARY, "interrupted while waiting to retry Gmail");
        }
    }

    /** Whether another attempt follows attempt number {@code attempt}. */
    boolean allowsAnother(int attempt) {
        return policy.allowsAnother(attempt);
    }

    int maxAttempts() {
        return policy.maxAttempts();
    }

    GmailFailure describe(Exception thrown, String user, String scope) {
        return failures.describe(thrown, user, scope);
    }

    GmailFailure describe(GoogleJsonError error, HttpHeaders headers, String user, String scope) {
        return failures.describe(error, headers, user, scope);
    }

    /** Counts a failure of {@code calls} calls in the user's stats and returns it. */
    GmailFailure noted(String user, int calls, GmailFailure failure) {
        if (failure.kind() == GmailFailure.Kind.RATE_LIMITED) {
            stats.rateLimited(user, calls);
        }
        return failure;
    }

    void retried(String user, int calls) {
        stats.retried(user, calls);
    }
}
