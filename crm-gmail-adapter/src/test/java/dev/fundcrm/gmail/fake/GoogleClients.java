package dev.fundcrm.gmail.fake;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Google's real clients, wired as production would be, pointed at a fake. */
final class GoogleClients {

    static final String ANNA = "anna@fund.example";
    static final String BEN = "ben@fund.example";

    private GoogleClients() {
    }

    /** The fake's service account from its key file, scoped and delegated to {@code user}. */
    static GoogleCredentials delegated(FakeGmail fake, String user, String... scopes) {
        return serviceAccount(fake).createScoped(List.of(scopes)).createDelegated(user);
    }

    static ServiceAccountCredentials serviceAccount(FakeGmail fake) {
        try {
            return ServiceAccountCredentials.fromStream(
                    new ByteArrayInputStream(fake.serviceAccountKeyJson().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Gmail gmail(FakeGmail fake, String user, String... scopes) {
        return gmail(fake, delegated(fake, user, scopes));
    }

    static Gmail gmail(FakeGmail fake, GoogleCredentials credentials) {
        return gmail(fake, new HttpCredentialsAdapter(credentials));
    }

    /** A client whose requests give up reading after {@code readTimeout}. */
    static Gmail gmail(FakeGmail fake, GoogleCredentials credentials, Duration readTimeout) {
        HttpCredentialsAdapter adapter = new HttpCredentialsAdapter(credentials);
        return gmail(fake, request -> {
            adapter.initialize(request);
            request.setReadTimeout((int) readTimeout.toMillis());
        });
    }

    private static Gmail gmail(FakeGmail fake, HttpRequestInitializer initializer) {
        return new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), initializer)
                .setRootUrl(fake.rootUrl())
                .setApplicationName("fundcrm-test")
                .build();
    }
}
