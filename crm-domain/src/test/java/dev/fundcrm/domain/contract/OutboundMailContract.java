package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.OutboundMail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboundMail} promises: a mail reaches every recipient with its sender, subject, text and
 * fixed Message-ID; a failure is a {@link DeliveryException} that says whether credentials are to blame and
 * delivers nothing. Subclasses read back what arrived, e.g. from GreenMail or a fake Gmail server.
 */
public abstract class OutboundMailContract {

    private static final List<EmailAddress> ADMINS =
            List.of(EmailAddress.of("anna@fund.example"), EmailAddress.of("ben@fund.example"));

    /** A mail as it arrived: addresses in canonical form, one entry per mail however many recipients it had. */
    public record DeliveredMail(String from, Set<String> to, String subject, String messageId, String text) {
        public DeliveredMail {
            to = Set.copyOf(to);
        }
    }

    /** The transport under test, working; the same instance for the whole test. */
    protected abstract OutboundMail subject();

    /** Every mail that arrived, in the order sent. */
    protected abstract List<DeliveredMail> delivered();

    /** A transport of the same kind whose credentials are refused (e.g. SMTP 535, Gmail 401). */
    protected abstract OutboundMail failingToAuthenticate();

    /** A transport of the same kind whose server cannot be reached or fails (not a credentials problem). */
    protected abstract OutboundMail failingToConnect();

    @Test
    void deliversToEveryRecipientWithSenderSubjectTextAndMessageId() {
        subject().send(mail("<digest-2024-03-04@fund.example>"));

        assertThat(delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.from()).isEqualTo("anna@fund.example");
            assertThat(mail.to()).containsExactlyInAnyOrder("anna@fund.example", "ben@fund.example");
            assertThat(mail.subject()).isEqualTo("Daily digest, 4 March");
            assertThat(mail.messageId()).isEqualTo("<digest-2024-03-04@fund.example>");
            assertThat(mail.text()).contains("2 proposals await review");
        });
    }

    @Test
    void deliversEachMailItIsGiven() {
        subject().send(mail("<digest-2024-03-04@fund.example>"));
        subject().send(mail("<digest-2024-03-05@fund.example>"));

        assertThat(delivered()).extracting(DeliveredMail::messageId)
                .containsExactly("<digest-2024-03-04@fund.example>", "<digest-2024-03-05@fund.example>");
    }

    @Test
    void hasAStableNonBlankName() {
        assertThat(subject().name()).isNotBlank().isEqualTo(subject().name());
    }

    @Test
    void refusedCredentialsAreAnAuthenticationFailureThatDeliversNothing() {
        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> failingToAuthenticate().send(mail("<digest-2024-03-04@fund.example>")));

        assertThat(failure).isNotNull();
        assertThat(failure.authenticationFailed()).isTrue();
        assertThat(failure.getMessage()).isNotBlank();
        assertThat(delivered()).isEmpty();
    }

    @Test
    void anUnreachableServerIsAFailureNotAboutCredentials() {
        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> failingToConnect().send(mail("<digest-2024-03-04@fund.example>")));

        assertThat(failure).isNotNull();
        assertThat(failure.authenticationFailed()).isFalse();
        assertThat(delivered()).isEmpty();
    }

    private static InternalMail mail(String messageId) {
        return new InternalMail(ADMINS.get(0), AdminRecipients.allOf(ADMINS), "Daily digest, 4 March",
                "Good morning. 2 proposals await review.", "<p>Good morning. 2 proposals await review.</p>",
                new MessageId(messageId));
    }
}
