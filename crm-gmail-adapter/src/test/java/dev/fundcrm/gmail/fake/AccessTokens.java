package dev.fundcrm.gmail.fake;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The access tokens the fake issued, each with its user, scopes and expiry. Thread-safe. */
final class AccessTokens {

    /** An issued token; {@code user} is null for a service account's own token (no {@code sub}). */
    record Issued(String token, String user, List<String> scopes, Instant expiresAt) {
        Issued {
            scopes = List.copyOf(scopes);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    Issued issue(String user, List<String> scopes, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "ya29.fake-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Issued issuedToken = new Issued(token, user, scopes, expiresAt);
        issued.put(token, issuedToken);
        return issuedToken;
    }

    /** The token if it was issued here and is still valid at {@code now}. */
    Optional<Issued> valid(String token, Instant now) {
        return Optional.ofNullable(issued.get(token)).filter(found -> now.isBefore(found.expiresAt()));
    }

    /** Makes every token issued so far invalid, as a password reset or an admin's revocation would. */
    void revokeAll() {
        issued.clear();
    }
}
