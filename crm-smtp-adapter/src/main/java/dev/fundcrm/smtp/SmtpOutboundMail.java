package dev.fundcrm.smtp;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.OutboundMail;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest's SMTP transport. It sends only {@link InternalMail}, whose recipients are active admins. A
 * failure becomes a {@link DeliveryException} with a short reason this class writes itself: Angus Mail's
 * messages and exception chains can carry server replies and credentials, so none of them is passed on or
 * logged. Thread-safe: each send opens its own connection.
 */
public final class SmtpOutboundMail implements OutboundMail {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpOutboundMail.class);

    private final SmtpSettings settings;
    private final Session session;
    private final Clock clock;

    public SmtpOutboundMail(SmtpSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** The clock dates each mail. */
    public SmtpOutboundMail(SmtpSettings settings, Clock clock) {
        this(settings, clock, new Properties());
    }

    /** For tests: extra session properties, such as trust in a test server's certificate. */
    SmtpOutboundMail(SmtpSettings settings, Properties sessionOverrides) {
        this(settings, Clock.systemUTC(), sessionOverrides);
    }

    private SmtpOutboundMail(SmtpSettings settings, Clock clock, Properties sessionOverrides) {
        this.settings = settings;
        this.clock = clock;
        this.session = SmtpSessions.create(settings, sessionOverrides);
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void send(InternalMail mail) {
        MimeMessage message = DigestMime.build(session, mail, settings.from().orElse(mail.from()), mail.from(),
                clock.instant());
        try (Transport transport = session.getTransport()) {
            if (settings.username().isPresent()) {
                transport.connect(settings.host(), settings.port(), settings.username().get(),
                        settings.passwordOrNull().reveal());
            } else {
                transport.connect(settings.host(), settings.port(), null, null);
            }
            transport.sendMessage(message, recipients(mail));
        } catch (MessagingException e) {
            DeliveryException failure = describe(e);
            LOG.warn("digest mail {} not delivered via SMTP {}: {}", mail.messageId(), settings.server(),
                    failure.getMessage());
            throw failure;
        }
    }

    private static InternetAddress[] recipients(InternalMail mail) throws MessagingException {
        InternetAddress[] addresses = new InternetAddress[mail.to().addresses().size()];
        for (int i = 0; i < addresses.length; i++) {
            EmailAddress address = mail.to().addresses().get(i);
            addresses[i] = new InternetAddress(address.value(), true);
        }
        return addresses;
    }

    private DeliveryException describe(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return new DeliveryException("the SMTP server " + settings.server() + " refused the login of "
                    + settings.username().orElse("(no user)") + ": check SMTP_USERNAME and SMTP_PASSWORD", true);
        }
        if (e instanceof SendFailedException) {
            return new DeliveryException("the SMTP server " + settings.server() + " refused the recipients or"
                    + " the sender", false);
        }
        Throwable cause = rootCause(e);
        if (cause instanceof SocketTimeoutException) {
            return new DeliveryException("the SMTP server " + settings.server() + " did not answer within "
                    + settings.timeout().toSeconds() + " s", false);
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
            return new DeliveryException("cannot connect to the SMTP server " + settings.server(), false);
        }
        if (cause instanceof SSLException) {
            return new DeliveryException("TLS with the SMTP server " + settings.server() + " failed ("
                    + settings.security() + "): check SMTP_SECURITY and the server's certificate", false);
        }
        return new DeliveryException("the SMTP server " + settings.server() + " did not take the mail ("
                + e.getClass().getSimpleName() + ")", false);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
