package dev.fundcrm.gmail.takeout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java runtime has. */
final class Sha256 {

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] of(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
