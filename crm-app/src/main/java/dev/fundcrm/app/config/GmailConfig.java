package dev.fundcrm.app.config;

import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.gmail.GmailSettings;
import dev.fundcrm.gmail.quota.GmailCosts;
import java.net.URI;
import java.util.Optional;

/**
 * Reads the Gmail adapter's settings: none without {@code CRM_GOOGLE_CREDENTIALS} (the key file's path or its
 * JSON); the endpoints (changed only for tests), the quota table and per-user budget, the batch size and the
 * first sync's search otherwise. See docs/gmail-setup.md.
 */
final class GmailConfig {

    static final String CREDENTIALS = "CRM_GOOGLE_CREDENTIALS";
    private static final int MAX_PATH_SHOWN = 200;

    private GmailConfig() {
    }

    static Optional<GmailSettings> read(Env env) {
        Optional<String> credentials = env.text(CREDENTIALS);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        Secret key = key(env, credentials.get());
        URI root = env.parsed("CRM_GMAIL_ROOT_URL", GmailSettings.DEFAULT_ROOT_URL, GmailConfig::httpUri,
                "must be an http(s) URL");
        URI token = env.parsed("CRM_GOOGLE_TOKEN_URI", GmailSettings.DEFAULT_TOKEN_URI, GmailConfig::httpUri,
                "must be an http(s) URL");
        GmailCosts costs = env.parsed("CRM_GMAIL_QUOTA", GmailCosts.since2026(), GmailCosts::named,
                "must be 2026 (projects created since 2026-05-01) or legacy");
        int budget = env.integer("CRM_GMAIL_USER_BUDGET", costs.unitsPerUserPerMinute(), 100, 1_000_000);
        int batch = env.integer("CRM_GMAIL_BATCH_SIZE", GmailSettings.DEFAULT_BATCH_SIZE, 1,
                GmailSettings.MAX_BATCH_SIZE);
        String query = env.text("CRM_GMAIL_BACKFILL_QUERY", GmailSettings.DEFAULT_BACKFILL_QUERY);
        if (query.chars().anyMatch(c -> c < ' ')) {
            env.problem("CRM_GMAIL_BACKFILL_QUERY", "must be one Gmail search on one line, without control characters");
            return Optional.empty();
        }
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(GmailSettings.defaults(key).withEndpoints(root, token)
                    .withCosts(costs.withBudget(budget))
                    .withBatchSize(batch).withBackfillQuery(query));
        } catch (IllegalArgumentException e) {
            // Every value was checked above; GmailSettings' own messages never hold the key.
            env.problem(CREDENTIALS, "with the other CRM_GMAIL_* values is not usable: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The key itself, or the file it names; problems name the path only when it looks like one. */
    private static Secret key(Env env, String value) {
        if (value.startsWith("{")) {
            return Secret.of(value);
        }
        try {
            return GmailSettings.serviceAccountKey(value);
        } catch (IllegalArgumentException e) {
            boolean looksLikePath = value.length() <= MAX_PATH_SHOWN
                    && value.chars().noneMatch(Character::isWhitespace);
            env.problem(CREDENTIALS, "must be the service-account key's JSON or the path of its file; "
                    + (looksLikePath ? "cannot read the file '" + value + "'" : "the value is neither"));
            return null;
        }
    }

    private static URI httpUri(String value) {
        URI uri = URI.create(value);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL");
        }
        return uri;
    }
}
