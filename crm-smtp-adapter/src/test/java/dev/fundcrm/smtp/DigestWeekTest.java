package dev.fundcrm.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ActivityId;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.DigestSchedule;
import dev.fundcrm.domain.model.Direction;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.in.DeliverDueDigest;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.DigestComposer;
import dev.fundcrm.domain.service.DigestDelivery;
import dev.fundcrm.domain.service.DigestTicker;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.TransportSelector;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.MessageFixtures;
import dev.fundcrm.domain.testkit.StoreFixtures;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
 * after 07:30 local time, and the missed one as soon as the app is back (a new instance of the services on
 * the same stores). The day after the outage's digest is read back as a reader's mail client would: both
 * parts, UTF-8, every section with its content.
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
        activity(stores);
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
        assertEverySectionIsInBothParts(find(received, "2026-10-27"));
    }

    /** María (no organization) approved on the 26th and awaiting our reply; a new person at Acme; one pending. */
    private static void activity(Stores stores) {
        StoreFixtures fixtures = new StoreFixtures(stores);
        Contact maria = stores.contacts().find(DemoFund.MARIA).orElseThrow();
        ParsedMessage question = fixtures.captured(MessageFixtures.full(MessageFixtures.ref(DemoFund.ALICE, "m1"))
                .from(Participant.of("María García", "maria.garcia@gmail.com"))
                .subject("Pregunta sobre la llamada de capital – ¿cuándo?")
                .sentAt(Instant.parse("2026-10-19T09:00:00Z")).build());
        Proposal proposal = fixtures.proposal(question, maria);
        Instant approvedAt = Instant.parse("2026-10-26T10:00:00Z");
        stores.proposals().update(proposal.approve(EmailAddress.of(DemoFund.ALICE), approvedAt, Visibility.SUBJECT));
        stores.activities().add(new Activity(ActivityId.of(proposal.id()), proposal.id(), maria.id(),
                proposal.messageKey(), question.sentAt().orElseThrow(), Direction.INBOUND, Visibility.SUBJECT,
                question.subject(), "", EmailAddress.of(DemoFund.ALICE), approvedAt));
        ParsedMessage fromAcme = fixtures.captured(MessageFixtures.message(DemoFund.BOB, "b1",
                Instant.parse("2026-10-26T12:00:00Z")));
        EmailAddress newcomer = EmailAddress.of("søren@acmepension.com");
        stores.proposals().addIfAbsent(Proposal.pending(fromAcme.key(), new Match(
                new ProposalTarget.NewPerson(DemoFund.ACME, newcomer), new Participant(newcomer, "Søren Ødegård"),
                ParticipantRole.FROM, MatchRule.ORGANIZATION_DOMAIN), Instant.parse("2026-10-26T12:00:00Z"),
                Instant.parse("2026-10-26T12:00:00Z")));
    }

    private static void assertEverySectionIsInBothParts(MimeMessage digest) throws Exception {
        MimeMultipart parts = (MimeMultipart) digest.getContent();
        assertThat(digest.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(digest.getSubject()).isEqualTo("fundcrm digest 2026-10-27: 1 approved, 1 pending, 1 awaiting reply");
        assertThat(text).contains("Approved yesterday\nNo organization\n  María García: 1 message\n",
                "Review queue\n1 pending, the oldest waiting ", "  bob@northwind.vc: 1 pending",
                "Awaiting our reply\nMaría García: \"Pregunta sobre la llamada de capital – ¿cuándo?\", 8 days",
                "New people at known organizations\nAcme Pension Fund: Søren Ødegård <søren@acmepension.com>, 1 message",
                "Mailboxes\nalice@northwind.vc: NEVER");
        assertThat(html).contains("<h2>Approved yesterday</h2>", "María García: 1 message",
                "María García: &quot;Pregunta sobre la llamada de capital – ¿cuándo?&quot;, 8 days",
                "Acme Pension Fund: Søren Ødegård &lt;søren@acmepension.com&gt;, 1 message", "<h2>Mailboxes</h2>");
    }

    private static MimeMessage find(List<MimeMessage> received, String day) {
        return received.stream().filter(message -> messageId(message).equals("<digest-" + day + "@northwind-capital.com>"))
                .findFirst().orElseThrow();
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
