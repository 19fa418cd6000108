package dev.fundcrm.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.port.out.DeliveryException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.subethamail.smtp.server.SMTPServer;

/** STARTTLS (required, never a silent fallback to plain text) and SMTPS, against real servers. */
class SmtpSecurityTest {

    @RegisterExtension
    static final GreenMailExtension SMTPS = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@fund.example", "digest", "s3cret-pw"))
            .withPerMethodLifecycle(true);

    private static final EmailAddress ANNA = EmailAddress.of("anna@fund.example");

    @Test
    void smtpsDeliversOverTlsFromTheFirstByte() {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", SMTPS.getSmtps().getPort(), "digest",
                Secret.of("s3cret-pw"), null, SmtpSettings.Security.SSL, SmtpTestServers.TIMEOUT);
        Properties trustGreenMail = new Properties();
        trustGreenMail.setProperty("mail.smtps.ssl.trust", "127.0.0.1");
        trustGreenMail.setProperty("mail.smtps.ssl.checkserveridentity", "false");

        new SmtpOutboundMail(settings, trustGreenMail).send(mail("<tls-1@fund.example>"));

        assertThat(SMTPS.getReceivedMessages()).hasSize(1);
    }

    @Test
    void startTlsDeliversAfterUpgradingTheConnection() throws Exception {
        List<byte[]> received = new CopyOnWriteArrayList<>();
        SMTPServer server = SMTPServer.port(0).bindAddress(java.net.InetAddress.getLoopbackAddress())
                .enableTLS().requireTLS().startTlsSocketFactory(SmtpTestServers.testTls())
                .messageHandler((context, from, to, data) -> received.add(data))
                .build();
        server.start();
        try {
            SmtpSettings settings = new SmtpSettings("127.0.0.1", server.getPortAllocated(), null, null, null,
                    SmtpSettings.Security.STARTTLS, SmtpTestServers.TIMEOUT);

            new SmtpOutboundMail(settings, trustTestCertificate()).send(mail("<tls-2@fund.example>"));

            assertThat(received).hasSize(1);
            assertThat(new String(received.get(0), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Message-ID: <tls-2@fund.example>");
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerWithoutStartTlsIsRefusedRatherThanSentToInPlainText() {
        List<byte[]> received = new ArrayList<>();
        SMTPServer server = SMTPServer.port(0).bindAddress(java.net.InetAddress.getLoopbackAddress())
                .messageHandler((context, from, to, data) -> received.add(data))
                .build();
        server.start();
        try {
            SmtpSettings settings = new SmtpSettings("127.0.0.1", server.getPortAllocated(), null, null, null,
                    SmtpSettings.Security.STARTTLS, SmtpTestServers.TIMEOUT);

            DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                    () -> new SmtpOutboundMail(settings, trustTestCertificate()).send(mail("<tls-3@fund.example>")));

            assertThat(failure).isNotNull();
            assertThat(failure.authenticationFailed()).isFalse();
            assertThat(received).isEmpty();
        } finally {
            server.stop();
        }
    }

    private static Properties trustTestCertificate() {
        Properties properties = new Properties();
        properties.put("mail.smtp.ssl.socketFactory", SmtpTestServers.testTls().getSocketFactory());
        return properties;
    }

    static InternalMail mail(String messageId) {
        return new InternalMail(ANNA, AdminRecipients.allOf(List.of(ANNA)), "Digest", "text", "<p>html</p>",
                new MessageId(messageId));
    }

    static String text(MimeMessage message) throws Exception {
        return SmtpTestServers.text(message);
    }
}
