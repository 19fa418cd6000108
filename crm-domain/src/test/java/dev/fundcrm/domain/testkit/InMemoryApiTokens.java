package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.port.out.ApiTokens;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** API tokens in memory. Thread-safe: every method is synchronized. */
public final class InMemoryApiTokens implements ApiTokens {

    private record Entry(ApiUser user, boolean revoked) {
    }

    private final Map<String, Entry> byHash = new HashMap<>();

    @Override
    public synchronized void add(String tokenHash, ApiUser user, Instant createdAt) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(user, "user");
        if (byHash.putIfAbsent(tokenHash, new Entry(user, false)) != null) {
            throw new IllegalArgumentException("this token is already stored");
        }
    }

    @Override
    public synchronized Optional<ApiUser> find(String tokenHash) {
        Entry entry = byHash.get(tokenHash);
        return entry == null || entry.revoked() ? Optional.empty() : Optional.of(entry.user());
    }

    @Override
    public synchronized int revokeAll(EmailAddress user, Instant revokedAt) {
        int revoked = 0;
        for (Map.Entry<String, Entry> entry : byHash.entrySet()) {
            if (!entry.getValue().revoked() && entry.getValue().user().user().equals(user)) {
                entry.setValue(new Entry(entry.getValue().user(), true));
                revoked++;
            }
        }
        return revoked;
    }
}
