package dev.fundcrm.persistence;

import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.port.out.ApiTokens;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** API tokens in SQL, by hash; a revoked token stays as a row with its revocation time. Thread-safe. */
final class JdbiApiTokens implements ApiTokens {

    private final Jdbi jdbi;

    JdbiApiTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(String tokenHash, ApiUser user, Instant createdAt) {
        int inserted = Failures.translate("store an API token", () -> jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO api_tokens (token_hash, user_address, role, created_at) "
                        + "VALUES (:hash, :user, :role, :createdAt) ON CONFLICT DO NOTHING")
                .bind("hash", tokenHash)
                .bind("user", user.user().canonical())
                .bind("role", user.role().name())
                .bind("createdAt", Columns.time(createdAt))
                .execute()));
        if (inserted == 0) {
            throw new IllegalArgumentException("this token is already stored");
        }
    }

    @Override
    public Optional<ApiUser> find(String tokenHash) {
        return Failures.translate("look up an API token", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT user_address, role FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new ApiUser(EmailAddress.of(rs.getString(1)), Role.valueOf(rs.getString(2))))
                .findOne()));
    }

    @Override
    public int revokeAll(EmailAddress user, Instant revokedAt) {
        return Failures.translate("revoke API tokens", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE user_address = :user AND revoked_at IS NULL")
                .bind("at", Columns.time(revokedAt))
                .bind("user", user.canonical())
                .execute()));
    }
}
