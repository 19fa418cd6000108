package dev.fundcrm.gmail.fake;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Google's OAuth token endpoint for the JWT bearer grant of domain-wide delegation. It checks the assertion
 * as Google does (signature by the service account's key, issuer, audience, a lifetime of at most an hour)
 * and then, for a delegated token ({@code sub} set), in this order, the delegation grant
 * ({@code 401 unauthorized_client} if any scope is missing) and the user ({@code 400 invalid_grant} if unknown
 * or suspended). The service account's own token (no {@code sub}) needs no grant; Gmail refuses it. The JWT's times are checked against real
 * time, since the client signs with it; the tokens' expiry follows the fake's clock. Thread-safe.
 */
final class TokenEndpoint {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Set<String> GOOGLE_AUDIENCES = Set.of("https://oauth2.googleapis.com/token",
            "https://www.googleapis.com/oauth2/v4/token", "https://accounts.google.com/o/oauth2/token");
    private static final long SKEW_SECONDS = 300;
    private static final String UNAUTHORIZED_CLIENT = "Client is unauthorized to retrieve access tokens using "
            + "this method, or client not authorized for any of the scopes requested.";

    private final ServiceAccountKey key;
    private final URI tokenUri;
    private final Clock clock;
    private final AccessTokens tokens;
    private final Function<String, Optional<FakeMailbox>> mailboxes;
    private final Map<String, Set<String>> grants = new ConcurrentHashMap<>();
    private final List<TokenRequest> requests = new ArrayList<>();
    private volatile Duration lifetime = Duration.ofHours(1);

    TokenEndpoint(ServiceAccountKey key, URI tokenUri, Clock clock, AccessTokens tokens,
            Function<String, Optional<FakeMailbox>> mailboxes) {
        this.key = key;
        this.tokenUri = tokenUri;
        this.clock = clock;
        this.tokens = tokens;
        this.mailboxes = mailboxes;
    }

    void grant(String clientId, Set<String> scopes) {
        grants.merge(clientId, Set.copyOf(scopes), (old, added) -> {
            Set<String> all = new HashSet<>(old);
            all.addAll(added);
            return Set.copyOf(all);
        });
    }

    void revoke(String clientId) {
        grants.remove(clientId);
    }

    void lifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    synchronized List<TokenRequest> requests() {
        return List.copyOf(requests);
    }

    ApiResponse answer(ApiCall call, Optional<Fault> fault) {
        Map<String, List<String>> form = ApiCall.parseQuery(new String(call.body(), StandardCharsets.UTF_8));
        Optional<JwtAssertion> assertion = Optional.ofNullable(form.get("assertion")).map(values -> values.get(0))
                .flatMap(JwtAssertion::parse);
        Faults.pause(fault);
        ApiResponse response = Faults.spoil(fault, fault.flatMap(TokenEndpoint::faulted)
                .orElseGet(() -> decide(form.getOrDefault("grant_type", List.of("")).get(0), assertion)));
        synchronized (this) {
            requests.add(new TokenRequest(assertion.map(JwtAssertion::issuer).orElse(null),
                    assertion.map(JwtAssertion::audience).orElse(null),
                    assertion.map(JwtAssertion::subject).orElse(null),
                    assertion.map(JwtAssertion::scopes).orElse(List.of()),
                    response.resetsConnection() ? 0 : response.status()));
        }
        return response;
    }

    private ApiResponse decide(String grantType, Optional<JwtAssertion> parsed) {
        if (!JWT_BEARER.equals(grantType)) {
            return oauthError(400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
        }
        if (parsed.isEmpty()) {
            return oauthError(400, "invalid_grant", "Invalid JWT Signature.");
        }
        JwtAssertion assertion = parsed.get();
        if (!key.clientEmail().equals(assertion.issuer())) {
            return oauthError(400, "invalid_grant", "Invalid grant: account not found");
        }
        if (!assertion.signedBy(key.publicKey(), key.privateKeyId())) {
            return oauthError(400, "invalid_grant", "Invalid JWT Signature.");
        }
        if (!GOOGLE_AUDIENCES.contains(assertion.audience()) && !tokenUri.toString().equals(assertion.audience())) {
            return oauthError(400, "invalid_grant", "Invalid JWT: Failed audience check.");
        }
        long now = System.currentTimeMillis() / 1000;
        if (assertion.issuedAt() > now + SKEW_SECONDS || assertion.expiresAt() < now - SKEW_SECONDS
                || assertion.expiresAt() - assertion.issuedAt() > 3600) {
            return oauthError(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) "
                    + "and in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }
        if (assertion.scopes().isEmpty()) {
            return oauthError(400, "invalid_scope", "Invalid OAuth scope or ID token audience provided.");
        }
        String user = assertion.subject();
        if (user != null && !grants.getOrDefault(key.clientId(), Set.of()).containsAll(assertion.scopes())) {
            return oauthError(401, "unauthorized_client", UNAUTHORIZED_CLIENT);
        }
        if (user != null && !mailboxes.apply(user).map(FakeMailbox::active).orElse(false)) {
            return oauthError(400, "invalid_grant", "Invalid email or User ID");
        }
        AccessTokens.Issued issued = tokens.issue(user, assertion.scopes(), clock.instant().plus(lifetime));
        JsonObject body = new JsonObject();
        body.addProperty("access_token", issued.token());
        body.addProperty("expires_in", lifetime.toSeconds());
        body.addProperty("token_type", "Bearer");
        return ApiResponse.json(200, body);
    }

    private static Optional<ApiResponse> faulted(Fault fault) {
        if (fault instanceof Fault.ConnectionReset) {
            return Optional.of(ApiResponse.connectionReset());
        }
        if (fault instanceof Fault.ServerError serverError) {
            return Optional.of(oauthError(serverError.status(), "internal_failure", "Backend Error"));
        }
        if (fault instanceof Fault.TokenRejected) {
            return Optional.of(oauthError(401, "unauthorized_client", UNAUTHORIZED_CLIENT));
        }
        return Optional.empty();
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("error_description", description);
        return ApiResponse.json(status, body);
    }
}
