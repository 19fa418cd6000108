package dev.fundcrm.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.fundcrm.domain.model.DigestSchedule;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.port.in.DeliverDueDigest;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.DigestComposer;
import dev.fundcrm.domain.service.DigestDelivery;
import dev.fundcrm.domain.service.DigestTicker;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.TransportSelector;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A simulated week of the scheduler ticking every 10 minutes, across the autumn clock change in London and
 * an instance that is down at 07:30 one morning: GreenMail receives exactly one digest a day, each at or
 * after 07:30 local time, and the missed one as soon as the app is back.
 */
class DigestWeekTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DigestSchedule AT_0730 = new DigestSchedule(LocalTime.of(7, 30), LONDON);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@northwind.vc", "digest", "pw"))
            .withPerMethodLifecycle(true);

    @Test
    void oneDigestADayAcrossTheClockChangeAndAMissedMorning() throws Exception {
        Stores stores = InMemoryStores.create();
        DemoFund.seed(stores);
        MutableClock clock = new MutableClock(Instant.parse("2026-10-22T00:05:00Z"));
        Instant downFrom = Instant.parse("2026-10-27T06:00:00Z");
        Instant backAt = Instant.parse("2026-10-27T11:25:00Z");
        Instant end = Instant.parse("2026-10-29T23:55:00Z");

        DeliverDueDigest instance = startInstance(stores, clock);
        while (clock.instant().isBefore(end)) {
            if (clock.instant().isBefore(downFrom) || !clock.instant().isBefore(backAt)) {
                instance.tick();
            }
            clock.advance(Duration.ofMinutes(10));
            if (clock.instant().equals(backAt)) {
                instance = startInstance(stores, clock);
            }
        }

        List<MimeMessage> received = Arrays.asList(GREEN_MAIL.getReceivedMessages());
        List<String> ids = received.stream().map(DigestWeekTest::messageId).distinct().toList();
        assertThat(ids).containsExactly("<digest-2026-10-22@northwind-capital.com>",
                "<digest-2026-10-23@northwind-capital.com>", "<digest-2026-10-24@northwind-capital.com>",
                "<digest-2026-10-25@northwind-capital.com>", "<digest-2026-10-26@northwind-capital.com>",
                "<digest-2026-10-27@northwind-capital.com>", "<digest-2026-10-28@northwind-capital.com>",
                "<digest-2026-10-29@northwind-capital.com>");
        assertThat(received).as("one copy per admin per day").hasSize(ids.size() * 2);
        assertThat(sentAt(received, "2026-10-24")).as("BST: 07:30 local is 06:30 UTC")
                .isBetween(Instant.parse("2026-10-24T06:30:00Z"), Instant.parse("2026-10-24T06:40:00Z"));
        assertThat(sentAt(received, "2026-10-26")).as("GMT after the change: 07:30 UTC")
                .isBetween(Instant.parse("2026-10-26T07:30:00Z"), Instant.parse("2026-10-26T07:40:00Z"));
        assertThat(sentAt(received, "2026-10-27")).as("sent once the app is back").isEqualTo(backAt);
    }

    private static DeliverDueDigest startInstance(Stores stores, MutableClock clock) {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), "digest", Secret.of("pw"),
                EmailAddress.of("digest@northwind.vc"), SmtpSettings.Security.NONE, SmtpTestServers.TIMEOUT);
        DigestComposer composer = new DigestComposer(stores, DemoFund.settings(), clock);
        DigestDelivery delivery = new DigestDelivery(stores, composer, new TemplateDigestWriter(),
                new TransportSelector(null, new SmtpOutboundMail(smtp, clock)), DemoFund.settings(), clock);
        return new DigestTicker(AT_0730, delivery, clock);
    }

    private static Instant sentAt(List<MimeMessage> received, String day) throws Exception {
        for (MimeMessage message : received) {
            if (messageId(message).equals("<digest-" + day + "@northwind-capital.com>")) {
                return message.getSentDate().toInstant();
            }
        }
        throw new AssertionError("no digest for " + day);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
