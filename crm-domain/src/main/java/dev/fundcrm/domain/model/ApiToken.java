package dev.fundcrm.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API bearer tokens: 32 random bytes, shown to their owner once, stored only as their SHA-256 hash. A token
 * has high entropy, so a plain hash (no salt, no slow KDF) is enough and lets a request be checked with one
 * indexed lookup.
 */
public final class ApiToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "fcrm_";

    private ApiToken() {
    }

    /** A new token, to be printed once and then forgotten. */
    public static Secret issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Secret.of(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The hex SHA-256 of a presented token: what {@code ApiTokens} stores and looks up. */
    public static String hash(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
