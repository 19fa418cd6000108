package dev.fundcrm.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.Secret;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What arrives: text and HTML alternatives in correct UTF-8, the fixed Message-ID, the account as sender. */
class DigestMimeTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@fund.example", "digest", "pw"))
            .withPerMethodLifecycle(true);

    @Test
    void nonAsciiNamesArriveIntactInBothParts() throws Exception {
        EmailAddress anna = EmailAddress.of("anna@fund.example");
        InternalMail digest = new InternalMail(anna, AdminRecipients.allOf(List.of(anna)),
                "Digest: María García, Jürgen Groß, 山田太郎", "María García (Fundación Ñandú): 1 message",
                "<p>María García (Fundación Ñandú): 1 message</p>", new MessageId("<digest-2026-11-25@fund.example>"));
        SmtpSettings settings = new SmtpSettings("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), "digest",
                Secret.of("pw"), EmailAddress.of("digest@fund.example"), SmtpSettings.Security.NONE,
                SmtpTestServers.TIMEOUT);

        new SmtpOutboundMail(settings).send(digest);

        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Digest: María García, Jürgen Groß, 山田太郎");
        assertThat(received.getMessageID()).isEqualTo("<digest-2026-11-25@fund.example>");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        assertThat(SmtpTestServers.part(received, "text/plain")).isEqualTo("María García (Fundación Ñandú): 1 message");
        assertThat(SmtpTestServers.part(received, "text/html"))
                .isEqualTo("<p>María García (Fundación Ñandú): 1 message</p>");
        assertThat(received.getFrom()[0].toString()).isEqualTo("digest@fund.example");
        assertThat(received.getReplyTo()[0].toString()).as("replies go to the digest's sender")
                .isEqualTo("anna@fund.example");
    }
}
