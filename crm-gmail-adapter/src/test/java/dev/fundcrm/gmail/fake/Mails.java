package dev.fundcrm.gmail.fake;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Test messages built with Angus Mail, as a mail server would have delivered them. */
final class Mails {

    static final byte[] PDF = "%PDF-1.4 fake term sheet\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Mails() {
    }

    static MimeMessage plain(String from, String to, String subject, String text, Instant date) {
        try {
            MimeMessage message = new MimeMessage(PayloadParser.mailSession());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(MimeMessage.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(date));
            message.setText(text, "UTF-8");
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A reply to {@code original}: {@code Re:} subject, In-Reply-To and References naming it. */
    static MimeMessage reply(MimeMessage original, String from, String text, Instant date) {
        try {
            MimeMessage reply = (MimeMessage) original.reply(false);
            reply.setFrom(new InternetAddress(from));
            reply.setSentDate(Date.from(date));
            reply.setText(text, "UTF-8");
            reply.saveChanges();
            return reply;
        } catch (MessagingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * multipart/mixed { multipart/alternative { text/plain ISO-8859-1 quoted-printable, text/html UTF-8 base64 },
     * application/pdf attachment "Term sheet.pdf" }.
     */
    static MimeMessage nested(String from, String to, String subject, Instant date) {
        try {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText("Grüße aus München, here's the term sheet.", "ISO-8859-1");
            plain.setHeader("Content-Transfer-Encoding", "quoted-printable");
            MimeBodyPart html = new MimeBodyPart();
            html.setText("<p>Grüße aus <b>München</b> \u2014 here's the term sheet.</p>", "UTF-8", "html");
            html.setHeader("Content-Transfer-Encoding", "base64");
            MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(PDF, "application/pdf");
            attachment.setFileName("Term sheet.pdf");
            attachment.setHeader("Content-Transfer-Encoding", "base64");
            MimeMessage message = new MimeMessage(PayloadParser.mailSession());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(MimeMessage.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(date));
            message.setContent(new MimeMultipart("mixed", body, attachment));
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static byte[] bytes(MimeMessage message) {
        return FakeMailbox.bytesOf(message);
    }
}
