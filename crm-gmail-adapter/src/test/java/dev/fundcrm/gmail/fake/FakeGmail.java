package dev.fundcrm.gmail.fake;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A local Gmail API and Google OAuth token endpoint for tests, reached through Google's real clients: only
 * the Gmail client's root URL ({@link #rootUrl()}) and the service account's token URI ({@link #tokenUri()},
 * already in {@link #serviceAccountKeyJson()}) differ from production. It serves what fundcrm uses (profile,
 * messages list/get, attachments, history, batch, drafts.create, messages.send), checks tokens, scopes and the
 * delegation grant, meters Gmail's per-user quota and concurrency, and injects faults. See the package
 * documentation for what it emulates and where it knowingly differs. Thread-safe; close it to free the port.
 *
 * <pre>{@code
 * try (FakeGmail fake = FakeGmail.start()) {
 *     fake.grant(fake.serviceAccount().clientId(), GmailScopes.GMAIL_READONLY);
 *     String id = fake.user("anna@fund.example").add(rawRfc822);
 *     ... new Gmail.Builder(transport, json, credentials).setRootUrl(fake.rootUrl()) ...
 * }
 * }</pre>
 */
public final class FakeGmail implements AutoCloseable {

    private final Clock clock;
    private final ServiceAccountKey serviceAccount = ServiceAccountKey.standard();
    private final Map<String, FakeMailbox> mailboxes = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(0x18c3a5f000000000L);
    private final AccessTokens tokens = new AccessTokens();
    private final Faults faults = new Faults();
    private final Quota quota;
    private final OutgoingResources outgoing = new OutgoingResources();
    private final HttpFront front;
    private final TokenEndpoint tokenEndpoint;

    private FakeGmail(Clock clock) {
        this.clock = clock;
        this.quota = new Quota(clock);
        Function<String, Optional<FakeMailbox>> lookup = address -> Optional.ofNullable(mailboxes.get(key(address)));
        GmailApi api = new GmailApi(lookup, tokens, clock, quota, faults, outgoing);
        BatchEndpoint batch = new BatchEndpoint(api);
        this.front = new HttpFront();
        this.tokenEndpoint = new TokenEndpoint(serviceAccount, tokenUri(), clock, tokens, lookup);
        front.route("/token", call -> tokenEndpoint.answer(call, faults.draw(Route.TOKEN)))
                .route("/batch", call -> faulted(Route.BATCH, call, batch::answer))
                .route(GmailRoutes.PREFIX, api::serve)
                .route("/", call -> GoogleErrors.error(404, "NOT_FOUND", "notFound", "global",
                        "The fake Gmail serves no " + call.method() + " " + call.path()))
                .start();
    }

    /** Starts a fake on real time. */
    public static FakeGmail start() {
        return start(Clock.systemUTC());
    }

    /** Starts a fake whose quota windows and token expiry follow {@code clock}. */
    public static FakeGmail start(Clock clock) {
        return new FakeGmail(clock);
    }

    /** The root URL for {@code Gmail.Builder#setRootUrl}, with its trailing slash. */
    public String rootUrl() {
        return "http://127.0.0.1:" + front.port() + "/";
    }

    public URI tokenUri() {
        return URI.create(rootUrl() + "token");
    }

    public ServiceAccountKey serviceAccount() {
        return serviceAccount;
    }

    /** The service account's key file, its {@code token_uri} pointing at this fake. */
    public String serviceAccountKeyJson() {
        return serviceAccount.json(tokenUri());
    }

    /** The mailbox of {@code address}, made active and empty on first use. */
    public FakeMailbox user(String address) {
        return mailboxes.computeIfAbsent(key(address), normalized -> new FakeMailbox(normalized, clock,
                () -> Long.toHexString(messageIds.addAndGet(0x2b1))));
    }

    /** Adds scopes to the domain-wide delegation grant of {@code clientId}, as a Workspace admin would. */
    public FakeGmail grant(String clientId, String... scopes) {
        tokenEndpoint.grant(clientId, Set.of(scopes));
        return this;
    }

    public FakeGmail revokeGrant(String clientId) {
        tokenEndpoint.revoke(clientId);
        return this;
    }

    /** How long the tokens issued from now on live (an hour by default), on the fake's clock. */
    public FakeGmail tokenLifetime(Duration lifetime) {
        tokenEndpoint.lifetime(lifetime);
        return this;
    }

    /** Invalidates every token issued so far: the next call with one gets 401 {@code invalid_token}. */
    public void revokeAllTokens() {
        tokens.revokeAll();
    }

    public Quota quota() {
        return quota;
    }

    public Faults faults() {
        return faults;
    }

    public List<TokenRequest> tokenRequests() {
        return tokenEndpoint.requests();
    }

    public List<CreatedDraft> drafts() {
        return outgoing.drafts();
    }

    public List<SentMessage> sent() {
        return outgoing.sent();
    }

    /** The {@code userId} of every {@code drafts.send} call, refused or not; fundcrm must make none. */
    public List<String> draftSendAttempts() {
        return outgoing.draftSendAttempts();
    }

    /** How many requests came with a gzipped body (the Gmail client gzips what it posts, except batches). */
    public int gzippedRequests() {
        return front.gzippedBodies();
    }

    public UserStats stats(String user) {
        return quota.stats(key(user));
    }

    public Map<String, UserStats> stats() {
        return quota.stats();
    }

    @Override
    public void close() {
        front.close();
    }

    private ApiResponse faulted(Route route, ApiCall call, Function<ApiCall, ApiResponse> handler) {
        Optional<Fault> fault = faults.draw(route);
        if (fault.isPresent() && fault.get() instanceof Fault.ConnectionReset) {
            return ApiResponse.connectionReset();
        }
        if (fault.isPresent() && fault.get() instanceof Fault.ServerError serverError) {
            return GoogleErrors.serverError(serverError.status());
        }
        Faults.pause(fault);
        return Faults.spoil(fault, handler.apply(call));
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
