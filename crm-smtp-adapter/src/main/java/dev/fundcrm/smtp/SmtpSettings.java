package dev.fundcrm.smtp;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Secret;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The digest's own SMTP account: host and port, credentials (none for an open relay), the From address, how
 * the connection is secured, and timeouts — set explicitly, since Angus Mail would wait forever.
 *
 * @param usernameOrNull null when the server takes mail without authentication
 * @param passwordOrNull null when there is no username
 * @param fromOrNull the account's address, used as From; null: the mail's own sender
 */
public record SmtpSettings(String host, int port, String usernameOrNull, Secret passwordOrNull,
                           EmailAddress fromOrNull, Security security, Duration timeout) {

    /** How the connection is secured. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which is required: no fallback to plain text. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        SSL,
        /** No encryption: for a relay on the same host or in tests only. */
        NONE;

        /** @throws IllegalArgumentException naming the accepted values */
        public static Security named(String name) {
            String value = name == null || name.isBlank() ? "starttls" : name.strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "starttls" -> STARTTLS;
                case "ssl" -> SSL;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("SMTP_SECURITY must be starttls, ssl or none, was '"
                        + name + "'");
            };
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an SMTP host is required");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("an SMTP port is 1 to 65535, was " + port);
        }
        if (usernameOrNull != null && usernameOrNull.isBlank()) {
            usernameOrNull = null;
        }
        if (usernameOrNull != null && passwordOrNull == null) {
            throw new IllegalArgumentException("an SMTP username needs a password");
        }
        Objects.requireNonNull(security, "security");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("an SMTP timeout must be positive, was " + timeout);
        }
    }

    public Optional<String> username() {
        return Optional.ofNullable(usernameOrNull);
    }

    public Optional<EmailAddress> from() {
        return Optional.ofNullable(fromOrNull);
    }

    /** The server as shown in messages: {@code host:port}, never the credentials. */
    public String server() {
        return host + ":" + port;
    }
}
