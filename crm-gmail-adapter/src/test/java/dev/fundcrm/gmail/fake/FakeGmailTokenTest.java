package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_COMPOSE;
import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.fake.GoogleClients.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Profile;
import com.google.auth.Retryable;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeGmailExtension.class)
class FakeGmailTokenTest {

    @Test
    void delegatedCredentialsFetchOneTokenForManyCalls(FakeGmail fake) throws IOException {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA);
        Gmail gmail = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);

        Profile first = gmail.users().getProfile("me").execute();
        gmail.users().getProfile(ANNA).execute();

        assertThat(first.getEmailAddress()).isEqualTo(ANNA);
        assertThat(fake.tokenRequests()).singleElement().satisfies(request -> {
            assertThat(request.user()).isEqualTo(ANNA);
            assertThat(request.scopes()).containsExactly(GMAIL_READONLY);
            assertThat(request.issuer()).isEqualTo(fake.serviceAccount().clientEmail());
            assertThat(request.audience()).isEqualTo("https://oauth2.googleapis.com/token");
            assertThat(request.granted()).isTrue();
        });
    }

    @Test
    void aTokenServerUriSetOnTheBuilderWorksLikeTheKeyFiles(FakeGmail fake) throws IOException {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA);
        String productionKey = fake.serviceAccount().json(URI.create("https://oauth2.googleapis.com/token"));
        GoogleCredentials credentials = ServiceAccountCredentials
                .fromStream(new ByteArrayInputStream(productionKey.getBytes(StandardCharsets.UTF_8)))
                .toBuilder().setTokenServerUri(fake.tokenUri()).build()
                .createScoped(List.of(GMAIL_READONLY)).createDelegated(ANNA);

        Profile profile = GoogleClients.gmail(fake, credentials).users().getProfile("me").execute();

        assertThat(profile.getEmailAddress()).isEqualTo(ANNA);
        assertThat(fake.tokenRequests()).singleElement().extracting(TokenRequest::audience)
                .isEqualTo("https://oauth2.googleapis.com/token");
    }

    /**
     * Google's body names unauthorized_client, but the JDK's HTTP stack drops a 401's body on a POST. The
     * client's GoogleAuthException is package-private: an adapter sees an IOException that is a
     * {@link Retryable} caused by the token endpoint's {@link HttpResponseException}.
     */
    @Test
    void aScopeOutsideTheGrantFailsAtTheTokenEndpointWithA401WithoutItsBody(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA);
        Gmail gmail = GoogleClients.gmail(fake, ANNA, GMAIL_COMPOSE);

        assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
                .isInstanceOfSatisfying(IOException.class, thrown -> {
                    assertThat(thrown).isInstanceOf(Retryable.class);
                    assertThat(((Retryable) thrown).isRetryable()).isFalse();
                    assertThat(thrown.getCause()).isInstanceOfSatisfying(HttpResponseException.class, cause -> {
                        assertThat(cause.getStatusCode()).isEqualTo(401);
                        assertThat(cause.getContent()).isNull();
                    });
                })
                .hasMessageStartingWith("Error getting access token for service account: 401 Unauthorized")
                .hasMessageNotContaining("unauthorized_client");
        assertThat(fake.tokenRequests()).singleElement().extracting(TokenRequest::status).isEqualTo(401);
    }

    @Test
    void aSuspendedUserIsAnInvalidGrantWhoseBodyTheClientKeeps(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA).suspend();
        Gmail gmail = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);

        assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
                .isInstanceOfSatisfying(IOException.class, thrown -> assertThat(thrown.getCause())
                        .isInstanceOfSatisfying(HttpResponseException.class, cause -> {
                            assertThat(cause.getStatusCode()).isEqualTo(400);
                            assertThat(cause.getContent()).contains("invalid_grant");
                        }))
                .hasMessageContaining("400 Bad Request")
                .hasMessageContaining("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid email or User ID\"}");
    }

    @Test
    void anUnknownUserIsAnInvalidGrant(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        Gmail gmail = GoogleClients.gmail(fake, "nobody@fund.example", GMAIL_READONLY);

        assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void aTokenShorterThanTheClientsRefreshMarginIsFetchedForEveryCall(FakeGmail fake) throws IOException {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY).tokenLifetime(Duration.ofSeconds(60));
        fake.user(ANNA);
        Gmail gmail = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);

        for (int call = 0; call < 3; call++) {
            gmail.users().getProfile("me").execute();
        }

        assertThat(fake.tokenRequests()).hasSize(3);
    }

    @Test
    void aTokenExpiredOnTheServerIsRefreshedAndTheCallRetriedByTheClient() throws IOException {
        MutableClock clock = new MutableClock(Instant.now());
        try (FakeGmail fake = FakeGmail.start(clock)) {
            fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
            fake.user(ANNA);
            Gmail gmail = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);
            gmail.users().getProfile("me").execute();

            clock.advance(Duration.ofHours(2));
            Profile profile = gmail.users().getProfile("me").execute();

            assertThat(profile.getEmailAddress()).isEqualTo(ANNA);
            assertThat(fake.tokenRequests()).hasSize(2);
        }
    }

    @Test
    void theServiceAccountsOwnTokenIsRefusedByGmail(FakeGmail fake) {
        fake.user(ANNA);
        GoogleCredentials undelegated = GoogleClients.serviceAccount(fake).createScoped(List.of(GMAIL_READONLY));
        Gmail gmail = GoogleClients.gmail(fake, undelegated);

        assertThatThrownBy(() -> gmail.users().getProfile(ANNA).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(400);
                    assertThat(thrown.getDetails().getErrors().get(0).getReason()).isEqualTo("failedPrecondition");
                });
    }

    @Test
    void anInjectedTokenEndpoint401FailsOnceThenTheNextCallGetsAToken(FakeGmail fake) throws IOException {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA);
        fake.faults().next(1, Route.TOKEN, Fault.tokenRejected());
        Gmail gmail = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);

        assertThatThrownBy(() -> gmail.users().getProfile("me").execute()).hasMessageContaining("401");
        assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(ANNA);
        assertThat(fake.tokenRequests()).extracting(TokenRequest::status).containsExactly(401, 200);
    }
}
