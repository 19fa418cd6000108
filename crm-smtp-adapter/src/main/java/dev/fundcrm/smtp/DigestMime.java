package dev.fundcrm.smtp;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * The digest as a MIME message: multipart/alternative with a UTF-8 text part and a UTF-8 HTML part, the fixed
 * Message-ID the domain chose (so a retried send is recognisable). Header values come from domain types that
 * refuse CR and LF; addresses are parsed strictly.
 */
final class DigestMime {

    private DigestMime() {
    }

    /** {@code from} is the account that sends; replies go to {@code replyTo}, the digest's sender. */
    static MimeMessage build(Session session, InternalMail mail, EmailAddress from, EmailAddress replyTo,
                             Instant sentAt) {
        try {
            MimeMessage message = new FixedIdMessage(session, mail.messageId().value());
            message.setFrom(new InternetAddress(from.value(), true));
            if (!from.equals(replyTo)) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo.value(), true)});
            }
            for (EmailAddress to : mail.to().addresses()) {
                message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.value(), true));
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(sentAt));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            message.setContent(alternative);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("the digest could not be written as MIME: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** Keeps the Message-ID the domain chose instead of the random one {@code saveChanges} would write. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
