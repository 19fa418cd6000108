package dev.fundcrm.app.web;

import java.time.Duration;
import java.util.Objects;

/**
 * The review pages' settings.
 *
 * @param secureCookies mark the session cookie {@code Secure}: true whenever the pages are served over
 *                      https (directly or behind a TLS-terminating proxy); false only for plain-http local use
 * @param idleTimeout   a session unused this long is signed out
 */
public record WebConfig(boolean secureCookies, Duration idleTimeout) {

    /** A working day. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(8);

    public WebConfig {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
    }

    /** Secure cookies, sessions idle for at most {@link #DEFAULT_IDLE_TIMEOUT}. */
    public static WebConfig secure() {
        return new WebConfig(true, DEFAULT_IDLE_TIMEOUT);
    }

    /** For plain http on a developer's machine (the demo) and in tests. */
    public static WebConfig plainHttp() {
        return new WebConfig(false, DEFAULT_IDLE_TIMEOUT);
    }
}
