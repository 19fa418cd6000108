package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.DigestSchedule;
import dev.fundcrm.domain.port.in.DeliverDueDigest;
import dev.fundcrm.domain.port.in.DigestHealth;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refused login (SMTP 535) is not retried in a loop: the run is FAILED_AUTH, the ticker leaves it for the
 * rest of the day, {@code /health} says so, and only an instance started afterwards (a restart with a changed
 * configuration) tries the day again, once.
 */
class DigestAuthenticationFailureTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final DigestSchedule AT_0730 = new DigestSchedule(LocalTime.of(7, 30), ZoneId.of("Europe/London"));
    private static final DeliveryException REFUSED = new DeliveryException(
            "the SMTP server refused the login for digest: check SMTP_USERNAME and SMTP_PASSWORD", true);

    private final Stores stores = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:30:00Z"));
    private final RecordingOutboundMail smtp = new RecordingOutboundMail("smtp");

    @BeforeEach
    void fund() {
        DemoFund.seed(stores);
    }

    @Test
    void aRefusedLoginIsTriedOnceADayAndReportedForHealth() {
        smtp.failWith(REFUSED);
        DigestDelivery delivery = instance();
        DeliverDueDigest ticker = new DigestTicker(AT_0730, delivery, clock);

        assertThat(ticker.tick()).containsInstanceOf(SendDailyDigest.Outcome.Failed.class)
                .hasValueSatisfying(outcome -> assertThat(((SendDailyDigest.Outcome.Failed) outcome)
                        .authenticationFailed()).isTrue());
        for (int tick = 0; tick < 6 * 25; tick++) {
            clock.advance(Duration.ofMinutes(10));
            ticker.tick();
        }

        assertThat(smtp.attempts()).as("today once, tomorrow once").isEqualTo(2);
        DigestRun today = stores.digestRuns().find(DAY).orElseThrow();
        assertThat(today.status()).isEqualTo(DigestRun.Status.FAILED_AUTH);
        assertThat(today.transport()).isEqualTo("smtp");
        assertThat(today.failure()).isEqualTo("smtp: " + REFUSED.getMessage());
        assertThat(delivery.authenticationFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.summary()).isEqualTo("digest: SMTP authentication failed");
            assertThat(failure.day()).isEqualTo(DAY.plusDays(1));
        });
    }

    @Test
    void aRestartedInstanceTriesTheDayAgainOnceAndHealthClearsWhenItGoesOut() {
        smtp.failWith(REFUSED);
        instance().send(DAY);
        clock.advance(Duration.ofHours(1));
        smtp.recover();
        assertThat(instance().authenticationFailure()).isPresent();

        DigestDelivery restarted = instance();
        clock.advance(Duration.ofMinutes(1));

        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.Delivered("smtp"));
        assertThat(restarted.authenticationFailure()).isEmpty();
        assertThat(smtp.sent()).hasSize(1);
    }

    @Test
    void aRestartWithTheSamePasswordCostsOneMoreAttemptNotALoop() {
        smtp.failWith(REFUSED);
        instance().send(DAY);
        clock.advance(Duration.ofHours(1));
        DigestDelivery restarted = instance();
        clock.advance(Duration.ofMinutes(1));

        assertThat(restarted.send(DAY)).isInstanceOf(SendDailyDigest.Outcome.Failed.class);
        clock.advance(Duration.ofHours(2));
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("FAILED_AUTH"));

        assertThat(smtp.attempts()).isEqualTo(2);
        assertThat(stores.digestRuns().find(DAY)).map(DigestRun::attempts).contains(2);
    }

    @Test
    void aFailureThatIsNotAboutCredentialsIsNotReportedAsOne() {
        smtp.failWith(new DeliveryException("cannot connect to the SMTP server", false));
        DigestHealth health = instance();
        instance().send(DAY);

        assertThat(stores.digestRuns().find(DAY)).map(DigestRun::status).contains(DigestRun.Status.FAILED);
        assertThat(health.authenticationFailure()).isEmpty();
    }

    private DigestDelivery instance() {
        return new DigestDelivery(stores, new DigestComposer(stores, DemoFund.settings(), clock),
                new TemplateDigestWriter(), new TransportSelector(null, smtp), DemoFund.settings(), clock);
    }
}
