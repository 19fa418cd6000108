package dev.fundcrm.app.config;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.smtp.SmtpSettings;
import dev.fundcrm.smtp.SmtpSettings.Security;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the digest's SMTP fallback: none without {@code SMTP_HOST}; {@code SMTP_SECURITY} (starttls, ssl or
 * none) picks the port's default (587, 465, 25); {@code SMTP_USERNAME} needs {@code SMTP_PASSWORD} or
 * {@code SMTP_PASSWORD_FILE}.
 */
final class SmtpConfig {

    private SmtpConfig() {
    }

    static Optional<SmtpSettings> read(Env env) {
        Optional<String> host = env.text("SMTP_HOST");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Security security = env.parsed("SMTP_SECURITY", Security.STARTTLS, Security::named,
                "must be starttls, ssl or none");
        int port = env.integer("SMTP_PORT", defaultPort(security), 1, 65_535);
        Optional<String> username = env.text("SMTP_USERNAME");
        Optional<Secret> password = env.secret("SMTP_PASSWORD");
        if (username.isPresent() && password.isEmpty()) {
            env.problem("SMTP_PASSWORD", "(or SMTP_PASSWORD_FILE) is required when SMTP_USERNAME is set");
            return Optional.empty();
        }
        Optional<EmailAddress> from = env.address("SMTP_FROM");
        Duration timeout = env.duration("SMTP_TIMEOUT", SmtpSettings.DEFAULT_TIMEOUT, Duration.ofSeconds(1));
        return Optional.of(new SmtpSettings(host.get(), port, username.orElse(null), password.orElse(null),
                from.orElse(null), security, timeout));
    }

    static int defaultPort(Security security) {
        return switch (security) {
            case STARTTLS -> 587;
            case SSL -> 465;
            case NONE -> 25;
        };
    }
}
