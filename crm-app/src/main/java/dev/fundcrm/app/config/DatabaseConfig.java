package dev.fundcrm.app.config;

import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.persistence.DataSources;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the stores live: a JDBC URL of H2 or PostgreSQL ({@code CRM_DB_URL}, default the H2 file
 * {@code ./data/fundcrm}), and the account ({@code CRM_DB_USER}, {@code CRM_DB_PASSWORD}).
 *
 * @param userOrNull null when the URL carries it or the database needs none
 * @param passwordOrNull null likewise
 */
public record DatabaseConfig(String url, String userOrNull, Secret passwordOrNull) {

    static DatabaseConfig read(Env env) {
        String url = env.text("CRM_DB_URL", DataSources.DEFAULT_URL);
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:postgresql:")) {
            env.problem("CRM_DB_URL", "must be a jdbc:h2: or jdbc:postgresql: URL, was '" + DataSources.redacted(url)
                    + "'");
        }
        return new DatabaseConfig(url, env.text("CRM_DB_USER").orElse(null),
                env.secret("CRM_DB_PASSWORD").orElse(null));
    }

    /** The password for the pool; empty when none is configured. */
    public Optional<Secret> password() {
        return Optional.ofNullable(passwordOrNull);
    }

    /** Whether this is the embedded H2 database (one instance only) rather than a shared PostgreSQL. */
    public boolean embedded() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + DataSources.redacted(url) + ", user=" + userOrNull + ", password="
                + passwordOrNull + "]";
    }
}
