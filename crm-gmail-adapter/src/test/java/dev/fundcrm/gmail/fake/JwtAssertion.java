package dev.fundcrm.gmail.fake;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** A JWT bearer assertion as the token endpoint receives it: header, claims and whether the RS256 signature holds. */
final class JwtAssertion {

    private final JsonObject header;
    private final JsonObject claims;
    private final byte[] signedPart;
    private final byte[] signature;

    private JwtAssertion(JsonObject header, JsonObject claims, byte[] signedPart, byte[] signature) {
        this.header = header;
        this.claims = claims;
        this.signedPart = signedPart;
        this.signature = signature;
    }

    /** The parsed assertion, or empty if it isn't three base64url parts of JSON. */
    static Optional<JwtAssertion> parse(String assertion) {
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            JsonObject header = JsonParser.parseString(new String(decoder.decode(parts[0]), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            JsonObject claims = JsonParser.parseString(new String(decoder.decode(parts[1]), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            byte[] signedPart = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return Optional.of(new JwtAssertion(header, claims, signedPart, decoder.decode(parts[2])));
        } catch (IllegalArgumentException | IllegalStateException | JsonSyntaxException e) {
            return Optional.empty();
        }
    }

    boolean signedBy(PublicKey key, String keyId) {
        if (!"RS256".equals(text(header, "alg")) || !keyId.equals(text(header, "kid"))) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(signedPart);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    String issuer() {
        return text(claims, "iss");
    }

    String audience() {
        return text(claims, "aud");
    }

    /** The impersonated user, or null when the service account asks for itself. */
    String subject() {
        return text(claims, "sub");
    }

    List<String> scopes() {
        String scope = text(claims, "scope");
        return scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
    }

    long issuedAt() {
        return claims.has("iat") ? claims.get("iat").getAsLong() : Long.MIN_VALUE;
    }

    long expiresAt() {
        return claims.has("exp") ? claims.get("exp").getAsLong() : Long.MIN_VALUE;
    }

    private static String text(JsonObject json, String name) {
        return json.has(name) && json.get(name).isJsonPrimitive() ? json.get(name).getAsString() : null;
    }
}
