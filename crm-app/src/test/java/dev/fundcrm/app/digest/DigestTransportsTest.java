package dev.fundcrm.app.digest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.api.services.gmail.GmailScopes;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.in.SendTestEmail;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.DigestComposer;
import dev.fundcrm.domain.service.DigestDelivery;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.TransportSelector;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import dev.fundcrm.gmail.DelegatedGmail;
import dev.fundcrm.gmail.GmailOutboundMail;
import dev.fundcrm.gmail.GmailSentMailCheck;
import dev.fundcrm.gmail.GmailSettings;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.FakeGmail;
import dev.fundcrm.gmail.fake.Route;
import dev.fundcrm.gmail.quota.RetryPolicy;
import dev.fundcrm.smtp.SmtpOutboundMail;
import dev.fundcrm.smtp.SmtpSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * The digest's transports as production wires them: Gmail (the real Google client against the fake Gmail)
 * preferred, SMTP (Angus Mail against GreenMail) as the fallback, on a controllable clock. Every test's
 * captured log is searched for the SMTP password and for key and token material.
 */
class DigestTransportsTest {

    private static final String PASSWORD = "smtp-Pa55-n0t-for-logs";
    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final MessageId DIGEST = new MessageId("<digest-2026-11-25@northwind-capital.com>");

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@northwind.vc", "digest", PASSWORD))
            .withPerMethodLifecycle(true);

    private final Stores stores = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:30:00Z"));
    private final FakeGmail fakeGmail = FakeGmail.start();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private DelegatedGmail gmail;

    @BeforeEach
    void start() {
        DemoFund.seed(stores);
        fakeGmail.user(DemoFund.ALICE);
        fakeGmail.user(DemoFund.BOB);
        fakeGmail.grant(fakeGmail.serviceAccount().clientId(), GmailScopes.GMAIL_READONLY, GmailScopes.GMAIL_COMPOSE);
        gmail = DelegatedGmail.connect(GmailSettings.defaults(Secret.of(fakeGmail.serviceAccountKeyJson()))
                .withEndpoints(URI.create(fakeGmail.rootUrl()), fakeGmail.tokenUri())
                .withRetryPolicy(new RetryPolicy(1, new Random(1))));
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void noSecretWasLogged() {
        root.detachAppender(logs);
        fakeGmail.close();
        String key = fakeGmail.serviceAccountKeyJson();
        List<String> secrets = List.of(PASSWORD, "PRIVATE KEY", fakeGmail.serviceAccount().privateKeyId(), "ya29.",
                "eyJ", "assertion=", key.substring(key.indexOf("-----BEGIN PRIVATE KEY-----") + 40).substring(0, 40));
        assertThat(logs.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(secrets);
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void gmailWorkingSendsOnceThroughGmailAndNeverThroughSmtp() {
        SendDailyDigest delivery = delivery(PASSWORD);

        assertThat(delivery.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.Delivered("gmail"));
        clock.advance(Duration.ofMinutes(20));
        assertThat(delivery.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("DELIVERED"));

        assertThat(fakeGmail.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.user()).isEqualTo(DemoFund.ALICE);
            assertThat(sent.rawText()).contains("Message-ID: " + DIGEST.value());
        });
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void gmailFailingSendsOnceThroughSmtp() throws Exception {
        fakeGmail.faults().next(1, Route.MESSAGES_SEND, Fault.serverError(503));
        SendDailyDigest delivery = delivery(PASSWORD);

        assertThat(delivery.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.Delivered("smtp"));
        clock.advance(Duration.ofMinutes(20));
        delivery.send(DAY);

        assertThat(fakeGmail.sent()).isEmpty();
        assertThat(GREEN_MAIL.getReceivedMessages()).as("one copy for each of the two admins").hasSize(2)
                .allSatisfy(message -> assertThat(message.getMessageID()).isEqualTo(DIGEST.value()));
        assertThat(logs.list).map(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("not delivered via Gmail") && line.contains("503"));
    }

    @Test
    void bothFailingSendNothingMarkTheRunFailedAndTheDayIsRetriedLater() {
        fakeGmail.faults().next(1, Route.MESSAGES_SEND, Fault.serverError(503));
        SendDailyDigest delivery = delivery(PASSWORD);
        GREEN_MAIL.stop();

        assertThat(delivery.send(DAY)).isInstanceOfSatisfying(SendDailyDigest.Outcome.Failed.class, failed -> {
            assertThat(failed.authenticationFailed()).isFalse();
            assertThat(failed.reasons()).hasSize(2);
            assertThat(failed.reasons().get(0)).startsWith("gmail: ").contains("503");
            assertThat(failed.reasons().get(1)).startsWith("smtp: cannot connect to the SMTP server");
        });
        assertThat(stores.digestRuns().find(DAY)).map(DigestRun::status).contains(DigestRun.Status.FAILED);
        clock.advance(Duration.ofMinutes(10));
        assertThat(delivery.send(DAY)).isInstanceOf(SendDailyDigest.Outcome.AlreadyHandled.class);
        assertThat(fakeGmail.faults().injected(Route.MESSAGES_SEND)).as("not tried again within 15 minutes")
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(delivery.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.Delivered("gmail"));
        assertThat(fakeGmail.sent()).hasSize(1);
        assertThat(stores.digestRuns().find(DAY)).map(DigestRun::attempts).contains(2);
    }

    @Test
    void aRefusedSmtpLoginAfterAGmailTokenFailureIsFailedAuthAndReportedNotRetried() {
        fakeGmail.revokeGrant(fakeGmail.serviceAccount().clientId());
        DigestDelivery delivery = delivery("wrong-" + PASSWORD);

        assertThat(delivery.send(DAY)).isInstanceOfSatisfying(SendDailyDigest.Outcome.Failed.class,
                failed -> assertThat(failed.authenticationFailed()).isTrue());
        clock.advance(Duration.ofHours(3));
        assertThat(delivery.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.AlreadyHandled("FAILED_AUTH"));

        assertThat(delivery.authenticationFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.summary()).isEqualTo("digest: Gmail and SMTP authentication failed");
            assertThat(failure.reason()).contains("SMTP_PASSWORD").doesNotContain(PASSWORD);
        });
        assertThat(fakeGmail.sent()).isEmpty();
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDigestGmailAcceptedBeforeTheSenderDiedIsFoundByItsMessageIdAndNotSentAgain() {
        // The dead instance had claimed the day and Gmail had accepted the mail; the run was never marked.
        stores.digestRuns().claim(DAY, DIGEST, clock.instant());
        new GmailOutboundMail(gmail).send(new InternalMail(EmailAddress.of(DemoFund.ALICE),
                AdminRecipients.allOf(stores.admins().active()), "digest", "text", "<p>text</p>", DIGEST));
        SendDailyDigest restarted = delivery(PASSWORD);
        clock.advance(Duration.ofMinutes(11));

        assertThat(restarted.send(DAY)).isEqualTo(new SendDailyDigest.Outcome.FoundSent("gmail"));

        assertThat(fakeGmail.sent()).hasSize(1);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(stores.digestRuns().find(DAY)).map(DigestRun::status).contains(DigestRun.Status.DELIVERED);
    }

    @Test
    void aTestEmailNamingOneNonAdminAmongAdminsSendsNothingThroughEitherTransport() {
        SendTestEmail.Outcome outcome = delivery(PASSWORD).send(new SendTestEmail.Command(
                EmailAddress.of(DemoFund.ALICE), List.of(EmailAddress.of(DemoFund.ALICE),
                EmailAddress.of("jane.doe@acmepension.com"), EmailAddress.of(DemoFund.BOB))));

        assertThat(outcome).isEqualTo(new SendTestEmail.Outcome.Refused(
                List.of(EmailAddress.of("jane.doe@acmepension.com"))));
        assertThat(fakeGmail.sent()).isEmpty();
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFailedTestEmailIsAnsweredWithAReferenceAndNoCredentialOrServerText() {
        fakeGmail.revokeGrant(fakeGmail.serviceAccount().clientId());
        SendTestEmail.Outcome outcome = delivery("wrong-" + PASSWORD).send(new SendTestEmail.Command(
                EmailAddress.of(DemoFund.ALICE), List.of(EmailAddress.of(DemoFund.BOB))));

        assertThat(outcome).isInstanceOfSatisfying(SendTestEmail.Outcome.Failed.class, failed -> {
            assertThat(failed.reasons()).hasSize(2);
            assertThat(failed.message()).contains(failed.reference()).doesNotContain("SMTP", "Gmail", "client");
            assertThat(String.join(" ", failed.reasons())).doesNotContain(PASSWORD, "ya29.", "eyJ");
        });
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    private DigestDelivery delivery(String smtpPassword) {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), "digest",
                Secret.of(smtpPassword), EmailAddress.of("digest@northwind.vc"), SmtpSettings.Security.NONE,
                Duration.ofSeconds(5));
        TransportSelector transports = new TransportSelector(new GmailOutboundMail(gmail),
                new SmtpOutboundMail(smtp, clock));
        return new DigestDelivery(stores, new DigestComposer(stores, DemoFund.settings(), clock),
                new TemplateDigestWriter(), transports, new GmailSentMailCheck(gmail), DemoFund.settings(), clock);
    }
}
