package dev.fundcrm.smtp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.fundcrm.domain.contract.OutboundMailContract.DeliveredMail;
import dev.fundcrm.domain.model.Secret;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Settings and readers for the SMTP servers the tests run: GreenMail, and SubEthaSMTP for STARTTLS. */
final class SmtpTestServers {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final char[] TEST_STORE_PASSWORD = "test-only".toCharArray();

    private SmtpTestServers() {
    }

    static SmtpSettings plain(GreenMailExtension greenMail, String username, Secret password) {
        return new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), username, password, null,
                SmtpSettings.Security.NONE, TIMEOUT);
    }

    /** Settings for a port nothing listens on. */
    static SmtpSettings closedPort() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SmtpSettings("127.0.0.1", port, null, null, null, SmtpSettings.Security.NONE, TIMEOUT);
    }

    static List<DeliveredMail> delivered(MimeMessage[] messages) {
        // GreenMail keeps one copy per recipient: group them back into one mail per Message-ID.
        List<DeliveredMail> mails = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try {
            for (MimeMessage message : messages) {
                if (seen.add(message.getMessageID())) {
                    mails.add(new DeliveredMail(canonical(message.getFrom()[0]), recipients(message),
                            message.getSubject(), message.getMessageID(), text(message)));
                }
            }
            return mails;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read a received message", e);
        }
    }

    /** The text/plain part of a digest, decoded. */
    static String text(MimeMessage message) throws MessagingException, IOException {
        return part(message, "text/plain");
    }

    static String part(MimeMessage message, String type) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new IllegalStateException("no " + type + " part");
        }
        return (String) content;
    }

    /** A TLS context holding the test certificate, for a server to present it and a client to trust it. */
    static SSLContext testTls() {
        try (InputStream in = SmtpTestServers.class.getResourceAsStream("/tls/test-server.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TEST_STORE_PASSWORD);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, TEST_STORE_PASSWORD);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("could not load the test certificate", e);
        }
    }

    private static Set<String> recipients(MimeMessage message) throws MessagingException {
        Set<String> to = new LinkedHashSet<>();
        for (Address address : message.getAllRecipients()) {
            to.add(canonical(address));
        }
        return to;
    }

    private static String canonical(Address address) {
        return ((InternetAddress) address).getAddress().toLowerCase(Locale.ROOT);
    }
}
