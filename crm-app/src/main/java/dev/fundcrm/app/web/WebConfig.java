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

    public WebConfig {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
    }

    /** Secure cookies, sessions idle for at most 8 hours (a working day). */
    public static WebConfig secure() {
        return new WebConfig(true, Duration.ofHours(8));
    }

    /** For plain http on a developer's machine and in tests. */
    public static WebConfig plainHttp() {
        return new WebConfig(false, Duration.ofHours(8));
    }
}
