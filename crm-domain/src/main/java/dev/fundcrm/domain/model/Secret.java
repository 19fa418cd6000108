package dev.fundcrm.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A password, key or token. It prints as {@code ***} wherever it lands — a log line, a record's
 * {@code toString()}, an exception message — so that a logged configuration can't leak it; only
 * {@link #reveal()} gives the value, at the one place that hands it to a library.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException if the value is null or empty (the message never holds the value) */
    public static Secret of(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a secret can't be empty");
        }
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    /** Constant-time comparison with a candidate, e.g. a presented token's hash. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && matches(secret.value);
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "***";
    }
}
