package dev.fundcrm.gmail;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/** A raw MIME message the adapter handed the fake Gmail, parsed back with Angus Mail for assertions. */
final class RawMime {

    private static final Session SESSION = session();

    private final MimeMessage message;

    RawMime(byte[] raw) {
        try {
            this.message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a MIME message", e);
        }
    }

    /** Every header name, in order, as often as it occurs. */
    List<String> headerNames() {
        try {
            return Collections.list(message.getAllHeaders()).stream().map(Header::getName).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String header(String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The addresses of a header, canonical (lower case), without display names. */
    List<String> addresses(String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? List.of() : Arrays.stream(InternetAddress.parseHeader(value, false))
                    .map(address -> address.getAddress().toLowerCase(java.util.Locale.ROOT)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The people of an address header: {@code Name <address>} with the name decoded, or the bare address. */
    List<String> people(String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? List.of() : Arrays.stream(InternetAddress.parseHeader(value, false))
                    .map(address -> address.getPersonal() == null ? address.getAddress()
                            : address.getPersonal() + " <" + address.getAddress() + ">").toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String subject() {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String contentType() {
        try {
            return message.getContentType();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a text/plain message, or of the text/plain part of a multipart one. */
    String text() {
        try {
            Object content = message.getContent();
            if (content instanceof MimeMultipart multipart) {
                for (int index = 0; index < multipart.getCount(); index++) {
                    if (multipart.getBodyPart(index).isMimeType("text/plain")) {
                        return (String) multipart.getBodyPart(index).getContent();
                    }
                }
                return "";
            }
            return (String) content;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The media types of a multipart message's parts. */
    List<String> partTypes() {
        try {
            MimeMultipart multipart = (MimeMultipart) message.getContent();
            List<String> types = new ArrayList<>();
            for (int index = 0; index < multipart.getCount(); index++) {
                types.add(multipart.getBodyPart(index).getContentType());
            }
            return types;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return Session.getInstance(properties);
    }
}
