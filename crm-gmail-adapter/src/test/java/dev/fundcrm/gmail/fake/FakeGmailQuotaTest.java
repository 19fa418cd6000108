package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.fake.GoogleClients.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeGmailQuotaTest {

    private static final Pattern RETRY_AFTER = Pattern.compile("Retry after (\\S+Z)");

    private final MutableClock clock = new MutableClock(Instant.now());
    private FakeGmail fake;
    private Gmail gmail;
    private String messageId;

    @BeforeEach
    void start() {
        fake = FakeGmail.start(clock);
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        messageId = fake.user(ANNA).add(Mails.plain("lea@lp.example", ANNA, "Hi", "text", Instant.now()));
        gmail = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void overBudgetIsA429WithGmailsRetryAfterAndMovingTheClockRefillsIt() throws IOException {
        fake.quota().budget(100, Duration.ofMinutes(1));
        Instant start = clock.instant();
        for (int call = 0; call < 5; call++) {
            get();
        }

        assertThatThrownBy(this::get).isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
            assertThat(thrown.getStatusCode()).isEqualTo(429);
            assertThat(thrown.getDetails().getErrors().get(0).getReason()).isEqualTo("rateLimitExceeded");
            assertThat(thrown.getDetails().getErrors().get(0).getDomain()).isEqualTo("usageLimits");
            Matcher retryAfter = RETRY_AFTER.matcher(thrown.getDetails().getMessage());
            assertThat(retryAfter.find()).isTrue();
            assertThat(Instant.parse(retryAfter.group(1))).isEqualTo(start.plus(Duration.ofMinutes(1))
                    .truncatedTo(ChronoUnit.MILLIS));
        });
        assertThat(thrown429Message()).startsWith("User-rate limit exceeded.  Retry after 20");

        clock.advance(Duration.ofMinutes(1));
        get();
        assertThat(fake.stats(ANNA)).satisfies(stats -> {
            assertThat(stats.unitsSpent()).isEqualTo(120);
            assertThat(stats.overBudget()).isEqualTo(2);
            assertThat(stats.requests()).isEqualTo(8);
        });
    }

    @Test
    void theOtherOverBudgetAnswerIsA403UserRateLimitExceeded() throws IOException {
        fake.quota().budget(20, Duration.ofMinutes(1)).overBudgetAnswer(Quota.OverBudgetAnswer.USER_RATE_LIMIT_403);
        get();

        assertThatThrownBy(this::get).isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
            assertThat(thrown.getStatusCode()).isEqualTo(403);
            assertThat(thrown.getDetails().getErrors().get(0).getReason()).isEqualTo("userRateLimitExceeded");
        });
    }

    @Test
    void theCostTableIsConfiguration() throws IOException {
        fake.quota().legacyProject();
        get();
        gmail.users().messages().list("me").execute();
        gmail.users().getProfile("me").execute();

        assertThat(fake.stats(ANNA).unitsSpent()).isEqualTo(5 + 5 + 1);
    }

    @Test
    void slowCallsOverTheConcurrencyCapAreRefusedWith429() throws Exception {
        fake.quota().concurrencyCap(3);
        fake.faults().next(8, Route.MESSAGES_GET, Fault.delay(Duration.ofMillis(700)));
        get(); // the token, first, so that the eight calls below start together
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int caller = 0; caller < 8; caller++) {
                calls.add(() -> {
                    try {
                        get();
                        return 200;
                    } catch (GoogleJsonResponseException e) {
                        assertThat(e.getDetails().getMessage()).isEqualTo("Too many concurrent requests for user.");
                        return e.getStatusCode();
                    }
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : callers.invokeAll(calls)) {
                statuses.add(status.get());
            }

            assertThat(statuses).containsOnly(200, 429).contains(429);
            assertThat(fake.stats(ANNA).maxInFlight()).isEqualTo(3);
            assertThat(fake.stats(ANNA).overConcurrency()).isEqualTo(statuses.stream().filter(s -> s == 429).count());
            assertThat(fake.stats(ANNA).inFlight()).isZero();
        } finally {
            callers.shutdownNow();
        }
    }

    private String thrown429Message() {
        try {
            get();
            throw new AssertionError("expected a 429");
        } catch (GoogleJsonResponseException e) {
            return e.getDetails().getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void get() throws IOException {
        gmail.users().messages().get("me", messageId).setFormat("minimal").execute();
    }
}
