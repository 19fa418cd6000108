package dev.fundcrm.gmail;

import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.gmail.quota.GmailCosts;
import dev.fundcrm.gmail.quota.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the adapter reaches Gmail: the service account's key (domain-wide delegation), Gmail's root URL and
 * Google's token URI (changed only for tests), the quota table, how many {@code messages.get} go in one batch,
 * what a first sync lists, and how failed calls are retried. {@link #toString()} shows no key. Immutable.
 *
 * @param backfillQuery Gmail search of a first sync (and of the full sync after expired history); "" lists all
 *     mail. Drafts are always left out.
 * @param listPageSize the most {@code messages.list} returns per call (at most 500); a sync's smaller page wins
 */
public record GmailSettings(Secret serviceAccountKey, URI rootUrl, URI tokenUri, GmailCosts costs, int batchSize,
                            String backfillQuery, int listPageSize, RetryPolicy retryPolicy,
                            Duration connectTimeout, Duration readTimeout) {

    public static final URI DEFAULT_ROOT_URL = URI.create("https://gmail.googleapis.com/");
    public static final URI DEFAULT_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");
    public static final int DEFAULT_BATCH_SIZE = 25;
    /** Google advises at most 50 calls a batch; 100-call batches draw "Too many concurrent requests". */
    public static final int MAX_BATCH_SIZE = 50;
    public static final String DEFAULT_BACKFILL_QUERY = "newer_than:365d -in:chats -in:spam -in:trash";
    public static final int DEFAULT_LIST_PAGE_SIZE = 500;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    public GmailSettings {
        Objects.requireNonNull(serviceAccountKey, "serviceAccountKey");
        rootUrl = withTrailingSlash(requireHttp("Gmail root URL", rootUrl));
        requireHttp("Google token URI", tokenUri);
        Objects.requireNonNull(costs, "costs");
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("the Gmail batch size is 1 to " + MAX_BATCH_SIZE + ", was " + batchSize);
        }
        backfillQuery = backfillQuery == null ? "" : backfillQuery.strip();
        if (backfillQuery.chars().anyMatch(c -> c < ' ')) {
            throw new IllegalArgumentException("the backfill query must be one line without control characters");
        }
        if (listPageSize < 1 || listPageSize > 500) {
            throw new IllegalArgumentException("the list page size is 1 to 500, was " + listPageSize);
        }
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        requirePositive("connect timeout", connectTimeout);
        requirePositive("read timeout", readTimeout);
    }

    /** The defaults around a key: Google's production URLs, the 2026 quota table, batches of 25. */
    public static GmailSettings defaults(Secret serviceAccountKey) {
        return new GmailSettings(serviceAccountKey, DEFAULT_ROOT_URL, DEFAULT_TOKEN_URI, GmailCosts.since2026(),
                DEFAULT_BATCH_SIZE, DEFAULT_BACKFILL_QUERY, DEFAULT_LIST_PAGE_SIZE, RetryPolicy.standard(),
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    /**
     * The key as {@code CRM_GOOGLE_CREDENTIALS} gives it: the key file's JSON itself, or the path of the file.
     *
     * @throws IllegalArgumentException if the file can't be read (the message names the path, never content)
     */
    public static Secret serviceAccountKey(String jsonOrPath) {
        if (jsonOrPath == null || jsonOrPath.isBlank()) {
            throw new IllegalArgumentException("no service-account key: give the key file's path or its JSON");
        }
        if (jsonOrPath.strip().startsWith("{")) {
            return Secret.of(jsonOrPath.strip());
        }
        try {
            return Secret.of(Files.readString(Path.of(jsonOrPath.strip())));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the service-account key file '" + jsonOrPath.strip()
                    + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    public GmailSettings withEndpoints(URI newRootUrl, URI newTokenUri) {
        return new GmailSettings(serviceAccountKey, newRootUrl, newTokenUri, costs, batchSize, backfillQuery,
                listPageSize, retryPolicy, connectTimeout, readTimeout);
    }

    public GmailSettings withCosts(GmailCosts newCosts) {
        return new GmailSettings(serviceAccountKey, rootUrl, tokenUri, newCosts, batchSize, backfillQuery,
                listPageSize, retryPolicy, connectTimeout, readTimeout);
    }

    public GmailSettings withBatchSize(int newBatchSize) {
        return new GmailSettings(serviceAccountKey, rootUrl, tokenUri, costs, newBatchSize, backfillQuery,
                listPageSize, retryPolicy, connectTimeout, readTimeout);
    }

    public GmailSettings withBackfillQuery(String newQuery) {
        return new GmailSettings(serviceAccountKey, rootUrl, tokenUri, costs, batchSize, newQuery, listPageSize,
                retryPolicy, connectTimeout, readTimeout);
    }

    public GmailSettings withRetryPolicy(RetryPolicy newPolicy) {
        return new GmailSettings(serviceAccountKey, rootUrl, tokenUri, costs, batchSize, backfillQuery,
                listPageSize, newPolicy, connectTimeout, readTimeout);
    }

    public GmailSettings withTimeouts(Duration newConnectTimeout, Duration newReadTimeout) {
        return new GmailSettings(serviceAccountKey, rootUrl, tokenUri, costs, batchSize, backfillQuery,
                listPageSize, retryPolicy, newConnectTimeout, newReadTimeout);
    }

    @Override
    public String toString() {
        return "GmailSettings[serviceAccountKey=" + serviceAccountKey + ", rootUrl=" + rootUrl + ", tokenUri="
                + tokenUri + ", costs=" + costs + ", batchSize=" + batchSize + ", backfillQuery='" + backfillQuery
                + "', listPageSize=" + listPageSize + ", attempts=" + retryPolicy.maxAttempts() + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static URI requireHttp(String what, URI uri) {
        Objects.requireNonNull(uri, what);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("the " + what + " must be an http(s) URL, was '" + uri + "'");
        }
        return uri;
    }

    private static URI withTrailingSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }

    private static void requirePositive(String what, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the Gmail " + what + " must be positive, was " + duration);
        }
    }
}
