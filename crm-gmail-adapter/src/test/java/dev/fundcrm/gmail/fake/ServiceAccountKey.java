package dev.fundcrm.gmail.fake;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/**
 * A test service account: an RSA key pair made once per JVM (2048-bit generation is slow) and the key file
 * Google would hand out for it. The private key never leaves the test JVM. Immutable.
 */
public final class ServiceAccountKey {

    private static final KeyPair SHARED_KEY_PAIR = generateKeyPair();

    private final String clientEmail;
    private final String clientId;
    private final String privateKeyId;
    private final String projectId;
    private final KeyPair keyPair;

    private ServiceAccountKey(String clientEmail, String clientId, String privateKeyId, String projectId,
            KeyPair keyPair) {
        this.clientEmail = clientEmail;
        this.clientId = clientId;
        this.privateKeyId = privateKeyId;
        this.projectId = projectId;
        this.keyPair = keyPair;
    }

    static ServiceAccountKey standard() {
        return new ServiceAccountKey("fundcrm-sync@fundcrm-test.iam.gserviceaccount.com", "104729000000000000001",
                "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567", "fundcrm-test", SHARED_KEY_PAIR);
    }

    public String clientEmail() {
        return clientEmail;
    }

    /** The numeric client id that the Workspace admin grants scopes to. */
    public String clientId() {
        return clientId;
    }

    public String privateKeyId() {
        return privateKeyId;
    }

    PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /** The key file's JSON, its {@code token_uri} pointing at {@code tokenUri}. */
    public String json(URI tokenUri) {
        JsonObject key = new JsonObject();
        key.addProperty("type", "service_account");
        key.addProperty("project_id", projectId);
        key.addProperty("private_key_id", privateKeyId);
        key.addProperty("private_key", pem());
        key.addProperty("client_email", clientEmail);
        key.addProperty("client_id", clientId);
        key.addProperty("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        key.addProperty("token_uri", tokenUri.toString());
        key.addProperty("universe_domain", "googleapis.com");
        return key.toString();
    }

    private String pem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    private static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no RSA", e);
        }
    }
}
