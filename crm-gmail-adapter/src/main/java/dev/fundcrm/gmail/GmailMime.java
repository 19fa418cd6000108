package dev.fundcrm.gmail;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ReplyDraft;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The MIME messages the adapter hands Gmail as {@code raw}: a reply draft and the digest. Angus Mail's
 * {@code setHeader} writes a value as given, so every value that goes in raw is checked here once more for CR,
 * LF and NUL, though the domain's types refuse them already: a line break there would add a header (a Bcc, say).
 * Stateless.
 */
final class GmailMime {

    private static final Session SESSION = session();
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private GmailMime() {
    }

    /**
     * The reply: From, To, Cc, the subject as given, In-Reply-To and References, a UTF-8 text body.
     *
     * @throws IllegalArgumentException naming the header if a value holds CR, LF or NUL
     */
    static byte[] reply(ReplyDraft draft, Instant date) {
        requireSafe("Subject", draft.subject());
        requireSafe("In-Reply-To", draft.inReplyTo());
        draft.references().forEach(reference -> requireSafe("References", reference.value()));
        try {
            MimeMessage message = new OwnIdMessage("<" + UUID.randomUUID() + "@" + draft.from().domain() + ">");
            message.setFrom(address("From", new Participant(draft.from(), "")));
            message.setRecipients(MimeMessage.RecipientType.TO, addresses("To", draft.to()));
            if (!draft.cc().isEmpty()) {
                message.setRecipients(MimeMessage.RecipientType.CC, addresses("Cc", draft.cc()));
            }
            message.setSubject(draft.subject(), UTF_8);
            message.setSentDate(Date.from(date));
            if (!draft.inReplyTo().isBlank()) {
                message.setHeader("In-Reply-To", draft.inReplyTo());
            }
            if (!draft.references().isEmpty()) {
                String references = String.join(" ", draft.references().stream().map(MessageId::value).toList());
                message.setHeader("References", MimeUtility.fold("References: ".length(), references));
            }
            message.setText(draft.body(), UTF_8);
            return bytes(message);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("the reply could not be written as MIME (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** The digest: multipart/alternative of UTF-8 text and HTML, its fixed Message-ID kept. */
    static byte[] digest(InternalMail mail, Instant date) {
        requireSafe("Message-ID", mail.messageId().value());
        requireSafe("Subject", mail.subject());
        try {
            MimeMessage message = new OwnIdMessage(mail.messageId().value());
            message.setFrom(address("From", new Participant(mail.from(), "")));
            InternetAddress[] to = new InternetAddress[mail.to().addresses().size()];
            for (int index = 0; index < to.length; index++) {
                to[index] = address("To", new Participant(mail.to().addresses().get(index), ""));
            }
            message.setRecipients(MimeMessage.RecipientType.TO, to);
            message.setSubject(mail.subject(), UTF_8);
            message.setSentDate(Date.from(date));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF_8, "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            return bytes(message);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("the digest could not be written as MIME (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** @throws IllegalArgumentException naming the header (not the value) if the value holds CR, LF or NUL */
    static void requireSafe(String header, String value) {
        if (value != null && value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new IllegalArgumentException("the " + header + " header holds a line break or NUL; refused");
        }
    }

    private static InternetAddress[] addresses(String header, List<Participant> participants) {
        return participants.stream().map(participant -> address(header, participant)).toArray(InternetAddress[]::new);
    }

    private static InternetAddress address(String header, Participant participant) {
        requireSafe(header, participant.address().value());
        requireSafe(header, participant.displayName());
        EmailAddress address = participant.address();
        try {
            return new InternetAddress(address.value(),
                    participant.displayName().isBlank() ? null : participant.displayName(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("the JVM lacks UTF-8", e);
        }
    }

    private static byte[] bytes(MimeMessage message) throws MessagingException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return Session.getInstance(properties);
    }

    /** Writes the Message-ID it was given instead of one naming this host. */
    private static final class OwnIdMessage extends MimeMessage {
        private final String messageId;

        OwnIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
