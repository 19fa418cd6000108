package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

class DigestRetryTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");

    @Test
    void aFailedDigestIsTriedAgainAfterTheSpacingNotOnEveryTickAndGoesOutOnce() {
        Stores stores = InMemoryStores.create();
        DemoFund.seed(stores);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:30:00Z"));
        RecordingOutboundMail smtp = new RecordingOutboundMail("smtp");
        DigestDelivery delivery = new DigestDelivery(stores, new DigestComposer(stores, DemoFund.settings(), clock),
                new TemplateDigestWriter(), new TransportSelector(null, smtp), DemoFund.settings(), clock);
        smtp.failWith(new DeliveryException("cannot connect to the SMTP server", false));

        assertThat(delivery.send(DAY)).isInstanceOf(SendDailyDigest.Outcome.Failed.class);
        clock.advance(Duration.ofMinutes(10));
        assertThat(delivery.send(DAY)).isInstanceOf(SendDailyDigest.Outcome.AlreadyHandled.class);
        assertThat(smtp.attempts()).as("not tried again within the spacing").isEqualTo(1);

        smtp.recover();
        clock.advance(Duration.ofMinutes(5));
        assertThat(delivery.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.Delivered("smtp"));
        clock.advance(Duration.ofMinutes(30));
        assertThat(delivery.send(DAY)).isInstanceOf(SendDailyDigest.Outcome.AlreadyHandled.class);
        assertThat(smtp.sent()).hasSize(1);
    }
}
