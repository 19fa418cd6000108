package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.DigestRuns;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DigestRuns} promises: claiming a day is a lock that a failed run releases and a delivered
 * or authentication-failed one never does; only a take-over, of a run in a given status not updated since a
 * given instant, reopens those. Of concurrent claims or take-overs exactly one wins. Each counts as an
 * attempt and clears the previous failure. Marking a day never claimed is a programmer error
 * (IllegalArgumentException).
 */
public abstract class DigestRunsContract {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final MessageId DIGEST = new MessageId("<digest-2024-03-04@fund.example>");
    private static final Instant T1 = Instant.parse("2024-03-04T07:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-04T07:05:00Z");
    private static final Instant T3 = Instant.parse("2024-03-04T08:00:00Z");

    private DigestRuns runs;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        runs = newStores().digestRuns();
    }

    @Test
    void theFirstClaimOfADayWinsAndTheSecondLoses() {
        assertThat(runs.claim(DAY, DIGEST, T1)).isTrue();
        assertThat(runs.claim(DAY, DIGEST, T2)).isFalse();

        assertThat(runs.find(DAY)).contains(new DigestRun(DAY, DigestRun.Status.SENDING, DIGEST, "", "", 1, T1));
    }

    @Test
    void aFailedRunCanBeClaimedAgain() {
        runs.claim(DAY, DIGEST, T1);
        runs.markFailed(DAY, "smtp: connection refused", T2);
        assertThat(runs.find(DAY)).contains(
                new DigestRun(DAY, DigestRun.Status.FAILED, DIGEST, "", "smtp: connection refused", 1, T2));

        assertThat(runs.claim(DAY, DIGEST, T3)).isTrue();

        assertThat(runs.find(DAY)).contains(new DigestRun(DAY, DigestRun.Status.SENDING, DIGEST, "", "", 2, T3));
    }

    @Test
    void aDeliveredRunIsNeverClaimedAgain() {
        runs.claim(DAY, DIGEST, T1);
        runs.markDelivered(DAY, "gmail", T2);

        assertThat(runs.claim(DAY, DIGEST, T3)).isFalse();
        assertThat(runs.find(DAY)).contains(new DigestRun(DAY, DigestRun.Status.DELIVERED, DIGEST, "gmail", "", 1, T2));
    }

    @Test
    void daysAreClaimedIndependently() {
        runs.claim(DAY, DIGEST, T1);
        runs.markDelivered(DAY, "smtp", T2);
        LocalDate nextDay = DAY.plusDays(1);

        assertThat(runs.claim(nextDay, new MessageId("<digest-2024-03-05@fund.example>"), T3)).isTrue();
        assertThat(runs.find(DAY)).map(DigestRun::status).contains(DigestRun.Status.DELIVERED);
        assertThat(runs.find(nextDay)).map(DigestRun::status).contains(DigestRun.Status.SENDING);
    }

    @Test
    void anUnclaimedDayHasNoRun() {
        runs.claim(DAY, DIGEST, T1);

        assertThat(runs.find(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void markingADayThatWasNeverClaimedIsRefused() {
        assertThatThrownBy(() -> runs.markDelivered(DAY, "gmail", T1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runs.markFailed(DAY, "down", T1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(runs.find(DAY)).isEmpty();
    }

    @Test
    void ofManyConcurrentClaimsExactlyOneWins() {
        List<Boolean> claims = Concurrently.run(50, () -> runs.claim(DAY, DIGEST, T1));

        assertThat(claims).containsOnlyOnce(true);
        assertThat(runs.find(DAY)).map(DigestRun::attempts).contains(1);
    }

    @Test
    void ofManyConcurrentReclaimsOfAFailedRunExactlyOneWins() {
        runs.claim(DAY, DIGEST, T1);
        runs.markFailed(DAY, "gmail: quota", T2);

        List<Boolean> claims = Concurrently.run(50, () -> runs.claim(DAY, DIGEST, T3));

        assertThat(claims).containsOnlyOnce(true);
        assertThat(runs.find(DAY)).map(DigestRun::attempts).contains(2);
    }

    @Test
    void anAuthenticationFailureIsKeptWithItsTransportsAndNotClaimedAgain() {
        runs.claim(DAY, DIGEST, T1);
        runs.markAuthenticationFailed(DAY, "smtp", "smtp: the SMTP server refused the login", T2);

        assertThat(runs.claim(DAY, DIGEST, T3)).isFalse();
        assertThat(runs.find(DAY)).contains(new DigestRun(DAY, DigestRun.Status.FAILED_AUTH, DIGEST, "smtp",
                "smtp: the SMTP server refused the login", 1, T2));
    }

    @Test
    void aRunIsTakenOverOnlyInTheNamedStatusAndOnlyIfNotUpdatedSince() {
        runs.claim(DAY, DIGEST, T1);

        assertThat(runs.takeOver(DAY, DigestRun.Status.FAILED, T3, T3)).as("wrong status").isFalse();
        assertThat(runs.takeOver(DAY, DigestRun.Status.SENDING, T1, T3)).as("updated at T1, not before").isFalse();
        assertThat(runs.takeOver(DAY.plusDays(1), DigestRun.Status.SENDING, T3, T3)).as("no run").isFalse();
        assertThat(runs.takeOver(DAY, DigestRun.Status.SENDING, T2, T3)).isTrue();

        assertThat(runs.find(DAY)).contains(new DigestRun(DAY, DigestRun.Status.SENDING, DIGEST, "", "", 2, T3));
    }

    @Test
    void takingOverAnAuthenticationFailureClearsItAndCountsAnAttempt() {
        runs.claim(DAY, DIGEST, T1);
        runs.markAuthenticationFailed(DAY, "smtp", "smtp: refused", T2);

        assertThat(runs.takeOver(DAY, DigestRun.Status.FAILED_AUTH, T3, T3)).isTrue();

        assertThat(runs.find(DAY)).contains(new DigestRun(DAY, DigestRun.Status.SENDING, DIGEST, "", "", 2, T3));
    }

    @Test
    void ofManyConcurrentTakeOversExactlyOneWins() {
        runs.claim(DAY, DIGEST, T1);

        List<Boolean> takeOvers = Concurrently.run(50, () -> runs.takeOver(DAY, DigestRun.Status.SENDING, T2, T3));

        assertThat(takeOvers).containsOnlyOnce(true);
        assertThat(runs.find(DAY)).map(DigestRun::attempts).contains(2);
    }

    @Test
    void theLatestRunIsTheLatestDaysWhateverItsStatus() {
        assertThat(runs.latest()).isEmpty();
        runs.claim(DAY.plusDays(1), DIGEST, T1);
        runs.markAuthenticationFailed(DAY.plusDays(1), "smtp", "smtp: refused", T2);
        runs.claim(DAY, DIGEST, T3);

        assertThat(runs.latest()).map(DigestRun::day).contains(DAY.plusDays(1));
        assertThat(runs.latest()).map(DigestRun::status).contains(DigestRun.Status.FAILED_AUTH);
    }

    @Test
    void markingAnAuthenticationFailureOfADayNeverClaimedIsRefused() {
        assertThatThrownBy(() -> runs.markAuthenticationFailed(DAY, "smtp", "refused", T1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
