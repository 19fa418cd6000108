package dev.fundcrm.gmail;

import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static dev.fundcrm.gmail.GmailTestbed.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.Route;
import dev.fundcrm.gmail.fake.SentMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The digest's send through users.messages.send: what goes out, and when a failed send is not sent again. */
class GmailOutboundMailTest {

    private final GmailTestbed testbed = new GmailTestbed();
    private final GmailOutboundMail outbound = new GmailOutboundMail(testbed.gmail());

    @BeforeEach
    void mailboxes() {
        testbed.fake().user(ANNA);
        testbed.fake().user(BEN);
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void theDigestGoesOutAsItsSenderInTextAndHtmlWithItsOwnMessageId() {
        outbound.send(digest(ANNA));

        SentMessage sent = testbed.fake().sent().get(0);
        RawMime mime = new RawMime(sent.raw());
        assertThat(sent.user()).isEqualTo(ANNA);
        assertThat(mime.header("Message-ID")).isEqualTo("<digest-2024-03-04@fund.example>");
        assertThat(mime.people("From")).containsExactly(ANNA);
        assertThat(mime.addresses("To")).containsExactlyInAnyOrder(ANNA, BEN);
        assertThat(mime.subject()).isEqualTo("Tägliche Übersicht, 4. März");
        assertThat(mime.contentType()).startsWith("multipart/alternative");
        assertThat(mime.partTypes()).containsExactly("text/plain; charset=UTF-8", "text/html; charset=UTF-8");
        assertThat(mime.text()).isEqualTo("2 Vorschläge warten.");
        assertThat(testbed.fake().stats(ANNA).calls(Route.MESSAGES_SEND)).isEqualTo(1);
    }

    @Test
    void aSendThatMayHaveRunIsNotSentAgain() {
        testbed.fake().faults().next(1, Route.MESSAGES_SEND, Fault.serverError(503));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class, () -> outbound.send(digest(ANNA)));

        assertThat(failure.authenticationFailed()).isFalse();
        assertThat(failure).hasMessage("sending the digest as anna@fund.example: Gmail answered HTTP 503 (backendError)")
                .hasNoCause();
        assertThat(testbed.fake().faults().injected(Route.MESSAGES_SEND)).isEqualTo(1);
        assertThat(testbed.gmail().stats().of(ANNA).requests()).isEqualTo(1);
        assertThat(testbed.fake().sent()).isEmpty();
    }

    @Test
    void aSendRefusedForQuotaIsSentOnceMoreAfterTheWait() {
        testbed.fake().quota().budget(150, java.time.Duration.ofMinutes(1));

        outbound.send(digest(ANNA));
        outbound.send(digest(ANNA));

        assertThat(testbed.fake().sent()).hasSize(2);
        assertThat(testbed.fake().stats(ANNA).overBudget()).isEqualTo(1);
    }

    @Test
    void anUnknownSenderIsAnAuthenticationFailureNamingTheUser() {
        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> outbound.send(digest("gone@fund.example")));

        assertThat(failure.authenticationFailed()).isTrue();
        assertThat(failure).hasMessage("gone@fund.example is unknown or suspended in Google Workspace");
    }

    private static InternalMail digest(String sender) {
        return new InternalMail(EmailAddress.of(sender),
                AdminRecipients.allOf(List.of(EmailAddress.of(ANNA), EmailAddress.of(BEN))),
                "Tägliche Übersicht, 4. März", "2 Vorschläge warten.", "<p>2 Vorschläge warten.</p>",
                new MessageId("<digest-2024-03-04@fund.example>"));
    }
}
