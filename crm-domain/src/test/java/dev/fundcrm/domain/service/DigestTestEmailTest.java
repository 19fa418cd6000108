package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.port.in.SendTestEmail;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's test email: to active admins only, all or nothing; a failure is answered with a reference and a
 * generic message, while the reasons go to the audit log under that reference.
 */
class DigestTestEmailTest {

    private static final EmailAddress ALICE = EmailAddress.of(DemoFund.ALICE);
    private static final EmailAddress BOB = EmailAddress.of(DemoFund.BOB);

    private final Stores stores = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final RecordingOutboundMail gmail = new RecordingOutboundMail("gmail");
    private final RecordingOutboundMail smtp = new RecordingOutboundMail("smtp");
    private final SendTestEmail testEmail = new DigestDelivery(stores,
            new DigestComposer(stores, DemoFund.settings(), clock), new TemplateDigestWriter(),
            new TransportSelector(gmail, smtp), DemoFund.settings(), clock);

    @BeforeEach
    void fund() {
        DemoFund.seed(stores);
    }

    @Test
    void oneNonAdminAmongAdminsRefusesTheWholeRequestAndSendsNothing() {
        EmailAddress lp = EmailAddress.of("jane.doe@acmepension.com");

        SendTestEmail.Outcome outcome = testEmail.send(new SendTestEmail.Command(ALICE, List.of(ALICE, lp, BOB)));

        assertThat(outcome).isEqualTo(new SendTestEmail.Outcome.Refused(List.of(lp)));
        assertThat(gmail.attempts() + smtp.attempts()).isZero();
    }

    @Test
    void aTestGoesOnlyToTheRequestedAdminsMarkedAsATest() {
        SendTestEmail.Outcome outcome = testEmail.send(new SendTestEmail.Command(ALICE, List.of(BOB)));

        assertThat(outcome).isEqualTo(new SendTestEmail.Outcome.Sent("gmail", List.of(BOB)));
        assertThat(gmail.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to().addresses()).containsExactly(BOB);
            assertThat(mail.subject()).startsWith("[test] fundcrm digest 2026-11-25");
        });
        assertThat(smtp.attempts()).isZero();
    }

    @Test
    void aFailedSendIsAnsweredWithItsReferenceAndAGenericMessageAndAuditedWithTheReasons() {
        gmail.failWith(new DeliveryException("gmail.readonly is not granted to client 1234", true));
        smtp.failWith(new DeliveryException("cannot connect to the SMTP server smtp.fund.example:587", false));

        SendTestEmail.Outcome outcome = testEmail.send(new SendTestEmail.Command(ALICE, List.of(ALICE)));

        assertThat(outcome).isInstanceOfSatisfying(SendTestEmail.Outcome.Failed.class, failed -> {
            assertThat(failed.reference()).matches("[0-9a-f-]{36}");
            assertThat(failed.message()).contains(failed.reference())
                    .doesNotContain("client 1234", "smtp.fund.example", "gmail:", "smtp:");
            assertThat(stores.auditLog().recent(1)).singleElement().satisfies(event -> {
                assertThat(event.action()).isEqualTo("digest.test-email");
                assertThat(event.actor()).isEqualTo(DemoFund.ALICE);
                assertThat(event.detail()).contains(failed.reference(), "cannot connect to the SMTP server");
            });
        });
    }

    @Test
    void aDigestThatCannotBeWrittenIsAFailureNamingOnlyTheExceptionsType() {
        SendTestEmail broken = new DigestDelivery(stores, new DigestComposer(stores, DemoFund.settings(), clock),
                digest -> {
                    throw new IllegalStateException("password=hunter2 in a library's message");
                }, new TransportSelector(gmail, smtp), DemoFund.settings(), clock);

        SendTestEmail.Outcome outcome = broken.send(new SendTestEmail.Command(ALICE, List.of(ALICE)));

        assertThat(outcome).isInstanceOfSatisfying(SendTestEmail.Outcome.Failed.class, failed -> {
            assertThat(failed.reasons()).containsExactly("the test email could not be built: IllegalStateException");
            assertThat(failed.message()).doesNotContain("hunter2");
        });
        assertThat(stores.auditLog().recent(10)).extracting(AuditEvent::detail)
                .noneMatch(detail -> detail.contains("hunter2"));
        assertThat(gmail.attempts() + smtp.attempts()).isZero();
    }
}
