package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.out.SentMailCheck;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.Crashes;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.RecordingSentMailCheck;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An instance that dies while sending leaves the day's run SENDING. Another instance (here: a new one on the
 * same stores) waits out the lease, then searches the sender's mailbox for the run's Message-ID instead of
 * sending blindly.
 */
class DigestCrashRecoveryTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");

    private final Stores stores = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:30:00Z"));
    private final RecordingOutboundMail gmail = new RecordingOutboundMail("gmail");
    private final RecordingOutboundMail smtp = new RecordingOutboundMail("smtp");
    private final RecordingSentMailCheck sentMail = new RecordingSentMailCheck(gmail);

    @BeforeEach
    void fund() {
        DemoFund.seed(stores);
    }

    @Test
    void aDigestGmailAcceptedBeforeTheCrashIsFoundAndNotSentAgain() {
        gmail.crashAfterSending();
        assertThatThrownBy(() -> instance(sentMail).send(DAY)).isInstanceOf(Crashes.Crash.class);
        assertThat(run().status()).isEqualTo(DigestRun.Status.SENDING);

        SendDailyDigest restarted = instance(sentMail);
        clock.advance(Duration.ofMinutes(5));
        assertThat(restarted.send(DAY)).as("within the lease the run may still be sending")
                .isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("SENDING"));
        assertThat(sentMail.lookUps()).isZero();

        clock.advance(Duration.ofMinutes(6));
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.FoundSent("gmail"));

        assertThat(gmail.sent()).hasSize(1);
        assertThat(smtp.attempts()).isZero();
        assertThat(run().status()).isEqualTo(DigestRun.Status.DELIVERED);
        assertThat(run().transport()).isEqualTo("gmail");
        assertThat(stores.auditLog().about(gmail.sent().get(0).messageId().value()))
                .anySatisfy(event -> assertThat(event.action()).isEqualTo("digest.found-sent"));
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("DELIVERED"));
    }

    @Test
    void aDigestNotFoundInTheSendersMailboxIsSentOnceAfterTheLease() {
        // The instance died after claiming the day, before handing the mail to any transport.
        stores.digestRuns().claim(DAY, new MessageId("<digest-2026-11-25@northwind-capital.com>"), clock.instant());
        SendDailyDigest other = instance(sentMail);
        clock.advance(Duration.ofMinutes(11));

        assertThat(other.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.Delivered("gmail"));
        assertThat(other.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("DELIVERED"));

        assertThat(sentMail.lookUps()).isEqualTo(1);
        assertThat(gmail.sent()).singleElement().satisfies(mail -> assertThat(mail.messageId().value())
                .isEqualTo("<digest-2026-11-25@northwind-capital.com>"));
        assertThat(run().attempts()).isEqualTo(2);
    }

    @Test
    void whenTheMailboxCannotBeSearchedTheRunStaysSendingAndIsCheckedAgainALeaseLater() {
        gmail.crashAfterSending();
        assertThatThrownBy(() -> instance(sentMail).send(DAY)).isInstanceOf(Crashes.Crash.class);
        SendDailyDigest restarted = instance(sentMail);
        sentMail.unreachable();
        clock.advance(Duration.ofMinutes(11));

        assertThat(restarted.send(DAY)).isInstanceOfSatisfying(SendDailyDigest.Outcome.Failed.class,
                failed -> assertThat(failed.reasons()).singleElement().asString()
                        .contains("could not be searched", "alice@northwind.vc"));
        assertThat(run().status()).isEqualTo(DigestRun.Status.SENDING);
        clock.advance(Duration.ofMinutes(5));
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("SENDING"));

        sentMail.reachable();
        clock.advance(Duration.ofMinutes(6));
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.FoundSent("gmail"));
        assertThat(sentMail.lookUps()).isEqualTo(2);
        assertThat(gmail.sent()).hasSize(1);
        assertThat(smtp.attempts()).isZero();
    }

    @Test
    void withoutGmailAStaleRunIsSentAgainThroughSmtpAfterTheLease() {
        smtp.crashAfterSending();
        assertThatThrownBy(() -> smtpOnly().send(DAY)).isInstanceOf(Crashes.Crash.class);
        SendDailyDigest restarted = smtpOnly();
        clock.advance(Duration.ofMinutes(9));
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("SENDING"));

        clock.advance(Duration.ofMinutes(2));
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.Delivered("smtp"));

        assertThat(smtp.sent()).as("an SMTP server can't be asked: a second copy beats no digest").hasSize(2);
        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("DELIVERED"));
    }

    private SendDailyDigest instance(SentMailCheck check) {
        return new DigestDelivery(stores, new DigestComposer(stores, DemoFund.settings(), clock),
                new TemplateDigestWriter(), new TransportSelector(gmail, smtp), check, DemoFund.settings(), clock);
    }

    private SendDailyDigest smtpOnly() {
        return new DigestDelivery(stores, new DigestComposer(stores, DemoFund.settings(), clock),
                new TemplateDigestWriter(), new TransportSelector(null, smtp), DemoFund.settings(), clock);
    }

    private DigestRun run() {
        return stores.digestRuns().find(DAY).orElseThrow();
    }
}
