package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Writes messages as Takeout does: a From line, the RFC 5322 message with ">From " quoting, a blank line. Its
 * {@link #rfc5322} also seeds the fake Gmail with the domain's fixture messages.
 */
public final class MboxWriter {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern FROM_LINE = Pattern.compile("(?m)^(>*From )");

    private MboxWriter() {
    }

    static void write(Path mbox, List<ParsedMessage> messages) {
        try {
            Files.write(mbox, new byte[0]);
            messages.forEach(message -> append(mbox, message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path mbox, ParsedMessage message) {
        appendRaw(mbox, "From " + message.ref().messageId() + "@xxx Mon Mar 04 09:00:00 +0000 2024", rfc5322(message));
    }

    /** Appends a raw message after a From line, quoting its own "From " lines. */
    static void appendRaw(Path mbox, String fromLine, byte[] raw) {
        String quoted = FROM_LINE.matcher(new String(raw, StandardCharsets.ISO_8859_1)).replaceAll(">$1");
        try {
            Files.write(mbox, (fromLine + "\n" + quoted + "\n").getBytes(StandardCharsets.ISO_8859_1),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message as RFC 5322 bytes, written with Angus Mail, its Message-ID kept. */
    public static byte[] rfc5322(ParsedMessage message) {
        try {
            MimeMessage mime = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() {
                    // keep the message's own Message-ID
                }
            };
            mime.addFrom(addresses(message.from()));
            mime.setRecipients(Message.RecipientType.TO, addresses(message.to()));
            mime.setRecipients(Message.RecipientType.CC, addresses(message.cc()));
            mime.setSubject(message.subject(), "UTF-8");
            message.sentAt().ifPresent(at -> setDate(mime, at));
            mime.setHeader("Message-ID", message.messageIdHeader());
            mime.setHeader("X-GM-MSGID", message.ref().messageId().value());
            mime.setHeader("X-GM-THRID", message.ref().threadId().value());
            mime.setHeader("X-Gmail-Labels", String.join(",", message.labels()));
            MimeMultipart body = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.textExcerpt(), "UTF-8");
            body.addBodyPart(text);
            for (AttachmentMeta attachment : message.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setContent(new byte[(int) Math.max(0, attachment.sizeBytes())], attachment.mimeType());
                part.setFileName(attachment.filename());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                body.addBodyPart(part);
            }
            mime.setContent(body);
            mime.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            mime.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not write " + message.ref(), e);
        }
    }

    private static void setDate(MimeMessage mime, java.time.Instant at) {
        try {
            mime.setSentDate(Date.from(at));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InternetAddress[] addresses(List<Participant> participants) {
        return participants.stream().map(p -> {
            try {
                return new InternetAddress(p.address().value(), p.displayName().isEmpty() ? null : p.displayName(), "UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(InternetAddress[]::new);
    }
}
