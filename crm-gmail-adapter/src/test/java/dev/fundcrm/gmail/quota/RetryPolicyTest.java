package dev.fundcrm.gmail.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-07T18:18:00Z");

    private final RetryPolicy policy = new RetryPolicy(6, new Random(7));

    @ParameterizedTest(name = "attempt {0} waits {1} s plus jitter")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 32", "7, 60", "12, 60"})
    void backoffDoublesUpToAMinuteWithUpToASecondOfJitter(int attempt, long seconds) {
        Duration delay = policy.delay(attempt, null, "Backend Error", NOW);

        assertThat(delay).isBetween(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds).plusSeconds(1));
    }

    @Test
    void gmailsRetryAfterTextIsHonoured() {
        Duration delay = policy.delay(1, null,
                "User-rate limit exceeded.  Retry after 2026-03-07T18:18:23.688Z", NOW);

        assertThat(delay).isEqualTo(Duration.ofMillis(23_688));
    }

    @Test
    void aRetryAfterHeaderInSecondsIsHonoured() {
        assertThat(policy.delay(3, "17", null, NOW)).isEqualTo(Duration.ofSeconds(17));
    }

    @Test
    void aRetryAfterInThePastMeansNow() {
        assertThat(policy.delay(1, null, "Retry after 2026-03-07T18:17:00Z", NOW)).isZero();
    }

    @Test
    void garbageInTheRetryHintFallsBackToBackoff() {
        assertThat(policy.delay(2, "soon", "Retry after yesterdayZ", NOW))
                .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @Test
    void attemptsAreBounded() {
        assertThat(policy.allowsAnother(5)).isTrue();
        assertThat(policy.allowsAnother(6)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, new Random()));
    }
}
