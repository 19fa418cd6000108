package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import java.time.Instant;
import java.util.Optional;

/** The admin API's bearer tokens, by their hash ({@code ApiToken.hash}); never the tokens themselves. Thread-safe. */
public interface ApiTokens {

    /**
     * Stores a token's hash for a user and role.
     *
     * @throws IllegalArgumentException if the hash is already stored
     */
    void add(String tokenHash, ApiUser user, Instant createdAt);

    /** The user and role of the unrevoked token with this hash. */
    Optional<ApiUser> find(String tokenHash);

    /** Revokes every token of the user; returns how many were unrevoked before. */
    int revokeAll(EmailAddress user, Instant revokedAt);
}
