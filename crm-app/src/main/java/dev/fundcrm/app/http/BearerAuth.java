package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.port.out.Admins;
import dev.fundcrm.domain.port.out.ApiTokens;
import java.util.Optional;

/**
 * Maps a presented bearer token to the {@link ApiUser} it speaks for, by the token's hash. Independent of
 * HTTP so that a later session sign-in can map to the same user.
 *
 * <p>An ADMIN token counts as an admin only while its user is an active admin ({@link Admins#active()}):
 * deactivating an admin takes their admin rights away at once, without hunting down their tokens. Such a
 * token then acts as a MEMBER token (it still reviews proposals) until it is revoked. Thread-safe.
 */
public final class BearerAuth {

    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final Admins admins;

    public BearerAuth(ApiTokens tokens, Admins admins) {
        this.tokens = tokens;
        this.admins = admins;
    }

    /** The user of an {@code Authorization} header's bearer token; empty when missing, malformed or unknown. */
    public Optional<ApiUser> fromHeader(String authorizationOrNull) {
        if (authorizationOrNull == null || authorizationOrNull.length() <= SCHEME.length()
                || !authorizationOrNull.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return fromToken(authorizationOrNull.substring(SCHEME.length()).strip());
    }

    /** The user of a presented token; empty when it is unknown or revoked. */
    public Optional<ApiUser> fromToken(String presented) {
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        return fromHash(ApiToken.hash(presented));
    }

    /**
     * The user of a token known by its hash (a signed-in browser session keeps only the hash); empty when it
     * is unknown or revoked, so revoking a token ends the sessions signed in with it.
     */
    public Optional<ApiUser> fromHash(String tokenHash) {
        return tokens.find(tokenHash).map(this::withCurrentRole);
    }

    private ApiUser withCurrentRole(ApiUser user) {
        if (user.role() == Role.ADMIN && !admins.active().contains(user.user())) {
            return new ApiUser(user.user(), Role.MEMBER);
        }
        return user;
    }
}
