package dev.fundcrm.gmail;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import dev.fundcrm.gmail.quota.Pacer;
import dev.fundcrm.gmail.quota.QuotaLimiter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gmail as each team member, through the service account's domain-wide delegation: one Gmail client per
 * (user, scope), one quota limiter per user shared by capture, drafts and the digest's send, and the
 * {@link GmailStats} they all count in. Make one per application and hand it to {@link GmailMailboxSource},
 * {@link GmailDrafts}, {@link GmailOutboundMail} and {@link GmailCheck}. Thread-safe.
 */
public final class DelegatedGmail {

    /** The share of each user's budget left for the team's other Gmail clients. */
    static final double QUOTA_HEADROOM = 0.02;
    private static final String APPLICATION_NAME = "fundcrm";

    private final GmailSettings settings;
    private final Clock clock;
    private final DelegatedCredentials credentials;
    private final HttpTransport transport = new NetHttpTransport();
    private final Map<String, Gmail> clients = new ConcurrentHashMap<>();
    private final GmailStats stats = new GmailStats();
    private final GmailCalls calls;

    private DelegatedGmail(GmailSettings settings, Clock clock, Pacer pacer) {
        this.settings = settings;
        this.clock = clock;
        this.credentials = DelegatedCredentials.fromKey(settings.serviceAccountKey(), settings.tokenUri());
        this.calls = new GmailCalls(new QuotaLimiter(settings.costs(), QUOTA_HEADROOM, pacer), settings.retryPolicy(),
                pacer, clock, stats, new GoogleFailures(credentials.clientId()));
    }

    /**
     * @throws IllegalArgumentException if the settings' key is not a service account's key (the message holds
     *     none of it)
     */
    public static DelegatedGmail connect(GmailSettings settings) {
        return connect(settings, Clock.systemUTC(), Pacer.REAL);
    }

    /** As {@link #connect(GmailSettings)}, with the time that retries and the quota limiter wait on. */
    public static DelegatedGmail connect(GmailSettings settings, Clock clock, Pacer pacer) {
        return new DelegatedGmail(Objects.requireNonNull(settings, "settings"), clock, pacer);
    }

    /** The service account's client id, to be granted the scopes in the Google Admin console. */
    public String clientId() {
        return credentials.clientId();
    }

    public GmailStats stats() {
        return stats;
    }

    GmailSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    GmailCalls calls() {
        return calls;
    }

    /** The Gmail client acting as {@code user} with {@code scope} only. */
    Gmail client(String user, String scope) {
        String key = user.strip().toLowerCase(Locale.ROOT) + " " + scope;
        return clients.computeIfAbsent(key, ignored -> {
            HttpCredentialsAdapter authorization = new HttpCredentialsAdapter(credentials.forUser(user, scope));
            HttpRequestInitializer initializer = request -> {
                authorization.initialize(request);
                timeouts().initialize(request);
            };
            return new Gmail.Builder(transport, GsonFactory.getDefaultInstance(), initializer)
                    .setRootUrl(settings.rootUrl().toString())
                    .setApplicationName(APPLICATION_NAME)
                    .build();
        });
    }

    /** The timeouts alone, for a batch's outer request (each inner request carries its own authorization). */
    HttpRequestInitializer timeouts() {
        return request -> request.setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis());
    }
}
