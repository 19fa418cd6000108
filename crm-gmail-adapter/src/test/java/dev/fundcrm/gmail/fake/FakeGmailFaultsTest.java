package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_COMPOSE;
import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.fake.GoogleClients.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Draft;
import com.google.api.services.gmail.model.Message;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeGmailExtension.class)
class FakeGmailFaultsTest {

    @Test
    void injectedServerErrorsComeAsGoogleJsonResponseExceptionsThenStop(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        String id = fake.user(ANNA).add(Mails.plain("lea@lp.example", ANNA, "Hi", "text", Instant.now()));
        fake.faults().next(1, Route.MESSAGES_GET, Fault.serverError(503))
                .next(1, Route.MESSAGES_GET, Fault.serverError(500));

        assertThatThrownBy(() -> gmail.users().messages().get("me", id).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(503);
                    assertThat(thrown.getDetails().getErrors().get(0).getReason()).isEqualTo("backendError");
                });
        assertThatThrownBy(() -> gmail.users().messages().get("me", id).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class,
                        thrown -> assertThat(thrown.getStatusCode()).isEqualTo(500));
        assertThat(gmail.users().messages().get("me", id).execute().getId()).isEqualTo(id);
        assertThat(fake.faults().injected(Route.MESSAGES_GET)).isEqualTo(2);
    }

    @Test
    void a502IsGooglesHtmlPageSoTheExceptionHasNoDetails(FakeGmail fake) {
        Gmail gmail = readonly(fake);
        fake.faults().next(1, Route.PROFILE, Fault.serverError(502));

        assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(502);
                    assertThat(thrown.getDetails()).isNull();
                    assertThat(thrown.getContent()).contains("That\u2019s an error.");
                });
    }

    /** The JDK's HttpURLConnection silently sends a GET again once when the connection drops unanswered. */
    @Test
    void oneDroppedConnectionOnAGetIsHiddenByTheJdksRetryButTwoAreNot(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        fake.faults().next(1, Route.PROFILE, Fault.connectionReset());
        assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(ANNA);
        assertThat(fake.faults().injected(Route.PROFILE)).isEqualTo(1);

        fake.faults().next(2, Route.PROFILE, Fault.connectionReset());
        assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(GoogleJsonResponseException.class)
                .hasMessageContaining("Unexpected end of file from server");
    }

    @Test
    void aDroppedConnectionOnAPostIsNotRetried(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_COMPOSE);
        fake.user(ANNA);
        Gmail gmail = GoogleClients.gmail(fake, ANNA, GMAIL_COMPOSE);
        fake.faults().next(1, Route.DRAFTS_CREATE, Fault.connectionReset());
        byte[] raw = Mails.bytes(Mails.plain(ANNA, "lea@lp.example", "Draft", "text", Instant.now()));

        assertThatThrownBy(() -> gmail.users().drafts().create("me", new Draft().setMessage(new Message()
                .encodeRaw(raw))).execute()).isInstanceOf(IOException.class);
        assertThat(fake.drafts()).isEmpty();
    }

    @Test
    void aSlowAnswerMeetsTheClientsReadTimeout(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA);
        Gmail gmail = GoogleClients.gmail(fake, GoogleClients.delegated(fake, ANNA, GMAIL_READONLY),
                Duration.ofMillis(200));
        fake.faults().next(1, Route.PROFILE, Fault.delay(Duration.ofMillis(800)));

        assertThatThrownBy(() -> gmail.users().getProfile("me").execute()).isInstanceOf(SocketTimeoutException.class);
        assertThat(fake.faults().injected(Route.PROFILE)).isEqualTo(1);
    }

    @Test
    void malformedJsonFailsTheClientsParsing(FakeGmail fake) {
        Gmail gmail = readonly(fake);
        fake.faults().next(1, Route.PROFILE, Fault.malformedJson());

        assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void probabilisticFaultsRepeatForTheSameSeed() throws IOException {
        assertThat(statusesWithSeed(42)).isEqualTo(statusesWithSeed(42)).contains(200, 503);
    }

    private static List<Integer> statusesWithSeed(long seed) throws IOException {
        try (FakeGmail fake = FakeGmail.start()) {
            Gmail gmail = readonly(fake);
            fake.faults().sometimes(0.3, seed, Route.PROFILE, Fault.serverError(503));
            List<Integer> statuses = new ArrayList<>();
            for (int call = 0; call < 20; call++) {
                try {
                    gmail.users().getProfile("me").execute();
                    statuses.add(200);
                } catch (GoogleJsonResponseException e) {
                    statuses.add(e.getStatusCode());
                }
            }
            return statuses;
        }
    }

    private static Gmail readonly(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA);
        return GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);
    }
}
