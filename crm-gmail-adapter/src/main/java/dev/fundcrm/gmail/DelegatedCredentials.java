package dev.fundcrm.gmail;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dev.fundcrm.domain.model.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service account's credentials, scoped and delegated to each team member, made once per (user, scope)
 * and kept: the library then refreshes each one's token shortly before it expires, so many calls share one
 * token. Thread-safe.
 */
final class DelegatedCredentials {

    private record Grant(String user, String scope) {
    }

    private final ServiceAccountCredentials serviceAccount;
    private final Map<Grant, GoogleCredentials> delegated = new ConcurrentHashMap<>();

    private DelegatedCredentials(ServiceAccountCredentials serviceAccount) {
        this.serviceAccount = serviceAccount;
    }

    /**
     * Reads the key; tokens are asked of {@code tokenUri} whatever the key file says.
     *
     * @throws IllegalArgumentException if the key is not a service account's key file (the message holds none of it)
     */
    static DelegatedCredentials fromKey(Secret key, URI tokenUri) {
        ServiceAccountCredentials credentials;
        try {
            credentials = ServiceAccountCredentials.fromStream(
                    new ByteArrayInputStream(key.reveal().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the service-account key is not a Google service account's JSON key "
                    + "file (" + e.getClass().getSimpleName() + ")");
        }
        if (credentials.getClientId() == null || credentials.getClientId().isBlank()) {
            throw new IllegalArgumentException("the service-account key names no client_id");
        }
        return new DelegatedCredentials(credentials.toBuilder().setTokenServerUri(tokenUri).build());
    }

    /** The numeric client id a Workspace admin grants scopes to. */
    String clientId() {
        return serviceAccount.getClientId();
    }

    GoogleCredentials forUser(String user, String scope) {
        return delegated.computeIfAbsent(new Grant(user.strip().toLowerCase(Locale.ROOT), scope),
                grant -> serviceAccount.createScoped(List.of(grant.scope())).createDelegated(grant.user()));
    }
}
