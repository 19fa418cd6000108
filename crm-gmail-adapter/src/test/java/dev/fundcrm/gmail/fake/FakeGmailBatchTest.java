package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.fake.GoogleClients.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeGmailExtension.class)
class FakeGmailBatchTest {

    /** What one inner call came back as: a message id, or an error's status and reason. */
    private record Outcome(String messageId, int status, String reason, String message) {
    }

    @Test
    void aBatchOf25GetsIsAnsweredInOrderWithOneInner404(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        List<String> ids = add(fake, 25);
        fake.user(ANNA).delete(ids.get(7));

        List<Outcome> outcomes = getAll(gmail, ids);

        assertThat(outcomes).hasSize(25);
        for (int index = 0; index < 25; index++) {
            if (index == 7) {
                assertThat(outcomes.get(index).status()).isEqualTo(404);
                assertThat(outcomes.get(index).reason()).isEqualTo("notFound");
            } else {
                assertThat(outcomes.get(index).messageId()).isEqualTo(ids.get(index));
            }
        }
        assertThat(fake.stats(ANNA).requests()).isEqualTo(25);
        assertThat(fake.stats(ANNA).unitsSpent()).isEqualTo(25 * 20);
        assertThat(fake.stats(ANNA).maxInFlight()).isEqualTo(25);
    }

    @Test
    void aBatchOverTheConcurrencyCapHasItsLastInnerCallsRefusedWith429(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        List<String> ids = add(fake, 30);

        List<Outcome> outcomes = getAll(gmail, ids);

        assertThat(outcomes.subList(0, 25)).allSatisfy(outcome -> assertThat(outcome.messageId()).isNotNull());
        assertThat(outcomes.subList(25, 30)).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(429);
            assertThat(outcome.reason()).isEqualTo("rateLimitExceeded");
            assertThat(outcome.message()).isEqualTo("Too many concurrent requests for user.");
        });
        assertThat(fake.stats(ANNA).overConcurrency()).isEqualTo(5);
    }

    @Test
    void moreThan100InnerCallsAreRefusedWhole(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        fake.quota().concurrencyCap(1_000);
        List<String> ids = add(fake, 101);

        assertThatThrownBy(() -> getAll(gmail, ids))
                .isInstanceOfSatisfying(HttpResponseException.class,
                        thrown -> assertThat(thrown.getStatusCode()).isEqualTo(400));
        assertThat(fake.stats(ANNA).requests()).isZero();
    }

    @Test
    void innerCallsMeetInjectedFaultsLikeDirectCalls(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        List<String> ids = add(fake, 5);
        fake.faults().next(2, Route.MESSAGES_GET, Fault.serverError(503));

        List<Outcome> outcomes = getAll(gmail, ids);

        assertThat(outcomes).extracting(Outcome::status).containsExactly(503, 503, 200, 200, 200);
        assertThat(outcomes.get(0).reason()).isEqualTo("backendError");
    }

    /**
     * Each inner 401 makes the credentials adapter refresh the token, one token request per inner call; the
     * client then sends those calls again in a second batch.
     */
    @Test
    void innerCallsWithAnExpiredTokenRefreshOncePerCallAndAreRetriedInASecondBatch() throws IOException {
        MutableClock clock = new MutableClock(Instant.now());
        try (FakeGmail fake = FakeGmail.start(clock)) {
            Gmail gmail = readonly(fake);
            List<String> ids = add(fake, 3);
            gmail.users().getProfile("me").execute();
            clock.advance(Duration.ofHours(2));

            List<Outcome> outcomes = getAll(gmail, ids);

            assertThat(outcomes).extracting(Outcome::messageId).isEqualTo(ids);
            assertThat(fake.tokenRequests()).hasSize(1 + 3);
            assertThat(fake.stats(ANNA).requests()).isEqualTo(1 + 3);
        }
    }

    private static Gmail readonly(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        return GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);
    }

    private static List<String> add(FakeGmail fake, int count) {
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            ids.add(fake.user(ANNA).add(Mails.plain("lea@lp.example", ANNA, "Note " + index, "text",
                    Instant.now().minusSeconds(index))));
        }
        return ids;
    }

    private static List<Outcome> getAll(Gmail gmail, List<String> ids) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        BatchRequest batch = gmail.batch();
        for (String id : ids) {
            gmail.users().messages().get("me", id).setFormat("metadata").queue(batch, new JsonBatchCallback<Message>() {
                @Override
                public void onSuccess(Message message, HttpHeaders headers) {
                    outcomes.add(new Outcome(message.getId(), 200, null, null));
                }

                @Override
                public void onFailure(GoogleJsonError error, HttpHeaders headers) {
                    outcomes.add(new Outcome(null, error.getCode(), error.getErrors().get(0).getReason(),
                            error.getMessage()));
                }
            });
        }
        batch.execute();
        return outcomes;
    }
}
