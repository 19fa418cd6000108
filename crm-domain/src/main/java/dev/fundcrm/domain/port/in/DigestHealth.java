package dev.fundcrm.domain.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What the app's {@code /health} says about the digest. Read-only, thread-safe. */
public interface DigestHealth {

    /**
     * The latest day's digest, if it failed because a transport refused its credentials (SMTP 535, or Gmail's
     * delegation): it is not retried until an admin fixes the configuration and restarts the app. Empty once a
     * later day's run exists or the day is retried.
     */
    Optional<AuthenticationFailure> authenticationFailure();

    /**
     * @param transports the transports that refused their credentials, e.g. ["smtp"]
     * @param reason the transports' safe reasons
     */
    record AuthenticationFailure(LocalDate day, List<String> transports, String reason, Instant at) {
        public AuthenticationFailure {
            Objects.requireNonNull(day, "day");
            transports = List.copyOf(transports);
            reason = reason == null ? "" : reason;
            Objects.requireNonNull(at, "at");
        }

        /** One line for {@code /health}, e.g. "digest: SMTP authentication failed". */
        public String summary() {
            List<String> names = transports.stream()
                    .map(name -> name.equals("gmail") ? "Gmail" : name.toUpperCase(Locale.ROOT))
                    .toList();
            return "digest: " + String.join(" and ", names) + " authentication failed";
        }
    }
}
