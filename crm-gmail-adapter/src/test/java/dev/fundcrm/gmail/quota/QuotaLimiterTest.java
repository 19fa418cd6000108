package dev.fundcrm.gmail.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuotaLimiterTest {

    private final ManualPacer pacer = new ManualPacer();
    private final GmailCosts costs = GmailCosts.since2026();

    @Test
    void aFullMinutesBudgetGoesOutWithoutWaiting() throws InterruptedException {
        QuotaLimiter limiter = new QuotaLimiter(costs, 0, pacer);

        for (int i = 0; i < 300; i++) {
            limiter.acquire("anna@fund.example", costs.messagesGet());
        }

        assertThat(pacer.sleeps()).isEmpty();
        assertThat(limiter.available("anna@fund.example")).isCloseTo(0, within(1e-6));
    }

    @Test
    void beyondTheBudgetCallsArePacedAtTheBudgetsRate() throws InterruptedException {
        QuotaLimiter limiter = new QuotaLimiter(costs, 0, pacer);

        for (int i = 0; i < 600; i++) {
            limiter.acquire("anna@fund.example", costs.messagesGet());
        }

        assertThat(pacer.elapsed()).as("a second minute's 6,000 units wait for the first minute to pass")
                .isBetween(Duration.ofSeconds(59), Duration.ofSeconds(62));
    }

    @Test
    void inAnyMinuteNoMoreThanTheBudgetPlusOneBucketIsSpent() throws InterruptedException {
        QuotaLimiter limiter = new QuotaLimiter(costs, 0, pacer);
        long spent = 0;
        while (pacer.elapsed().compareTo(Duration.ofMinutes(3)) < 0) {
            limiter.acquire("anna@fund.example", 500);
            spent += 500;
        }

        assertThat(spent).as("a bucket at the start and three minutes of refill")
                .isLessThanOrEqualTo(4L * costs.unitsPerUserPerMinute() + 500);
    }

    @Test
    void usersDoNotShareABudget() throws InterruptedException {
        QuotaLimiter limiter = new QuotaLimiter(costs, 0, pacer);
        for (int i = 0; i < 300; i++) {
            limiter.acquire("anna@fund.example", costs.messagesGet());
        }

        limiter.acquire("ben@fund.example", costs.messagesGet());

        assertThat(pacer.sleeps()).isEmpty();
    }

    @Test
    void headroomHoldsBackAShareOfTheBudget() throws InterruptedException {
        QuotaLimiter limiter = new QuotaLimiter(costs, 0.1, pacer);

        assertThat(limiter.available("anna@fund.example")).isCloseTo(5_400, within(1e-6));
    }

    @Test
    void aCallCostingMoreThanTheBucketWaitsForAFullBucket() throws InterruptedException {
        QuotaLimiter limiter = new QuotaLimiter(costs.withBudget(100), 0, pacer);
        limiter.acquire("anna@fund.example", 100);

        limiter.acquire("anna@fund.example", 250);

        assertThat(pacer.elapsed()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(62));
        assertThat(limiter.available("anna@fund.example")).isNegative();
    }
}
