package dev.fundcrm.gmail.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Builds a {@link MessageView} from raw bytes with Angus Mail, the way Gmail presents a message: part ids
 * {@code ""}, {@code "0"}, {@code "0.1"}...; header values unfolded and RFC 2047-decoded; leaf bodies
 * transfer-decoded but left in their charset, as base64url with padding; a part with a file name carries an
 * {@code attachmentId} instead of data. Lenient like Gmail: a part that Angus can't decode is shown with its
 * raw bytes rather than failing the message.
 */
final class PayloadParser {

    private static final Session SESSION = session();

    private final String messageId;
    private final Map<String, byte[]> attachments = new LinkedHashMap<>();
    private String plainText;
    private String htmlText;

    private PayloadParser(String messageId) {
        this.messageId = messageId;
    }

    static MessageView parse(String messageId, byte[] raw) {
        PayloadParser parser = new PayloadParser(messageId);
        try {
            MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            JsonObject payload = parser.part(mime, "");
            return new MessageView(headers(mime), payload, Snippets.of(parser.plainText, parser.htmlText),
                    parser.attachments, sentDate(mime));
        } catch (MessagingException e) {
            JsonObject payload = new JsonObject();
            payload.addProperty("partId", "");
            payload.addProperty("mimeType", "text/plain");
            payload.addProperty("filename", "");
            payload.add("headers", new JsonArray());
            payload.add("body", body(raw));
            return new MessageView(List.of(), payload, "", Map.of(), Optional.empty());
        }
    }

    private JsonObject part(MimePart part, String partId) throws MessagingException {
        JsonObject json = new JsonObject();
        json.addProperty("partId", partId);
        json.addProperty("mimeType", mimeType(part));
        String filename = filename(part);
        json.addProperty("filename", filename);
        json.add("headers", headersJson(headers(part)));
        Optional<MimeMultipart> multipart = multipart(part);
        if (multipart.isPresent()) {
            JsonObject empty = new JsonObject();
            empty.addProperty("size", 0);
            json.add("body", empty);
            JsonArray children = new JsonArray();
            for (int index = 0; index < multipart.get().getCount(); index++) {
                String childId = partId.isEmpty() ? String.valueOf(index) : partId + "." + index;
                children.add(part((MimeBodyPart) multipart.get().getBodyPart(index), childId));
            }
            json.add("parts", children);
            return json;
        }
        byte[] content = content(part);
        if (filename.isEmpty()) {
            rememberText(part, content);
            json.add("body", body(content));
        } else {
            String attachmentId = "ANGjdJ" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((messageId + "/" + partId).getBytes(StandardCharsets.UTF_8));
            attachments.put(attachmentId, content);
            JsonObject body = new JsonObject();
            body.addProperty("attachmentId", attachmentId);
            body.addProperty("size", content.length);
            json.add("body", body);
        }
        return json;
    }

    private static Optional<MimeMultipart> multipart(MimePart part) {
        try {
            if (part.isMimeType("multipart/*") && part.getContent() instanceof MimeMultipart multipart) {
                multipart.getCount();
                return Optional.of(multipart);
            }
        } catch (MessagingException | IOException e) {
            // Gmail still shows a multipart it can't split (say, no start boundary): as one leaf.
        }
        return Optional.empty();
    }

    private static byte[] content(MimePart part) throws MessagingException {
        try (InputStream decoded = part.getInputStream()) {
            return decoded.readAllBytes();
        } catch (IOException | MessagingException e) {
            return rawContent(part);
        }
    }

    private static byte[] rawContent(MimePart part) throws MessagingException {
        try (InputStream raw = part instanceof MimeMessage message ? message.getRawInputStream()
                : ((MimeBodyPart) part).getRawInputStream()) {
            return raw.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static JsonObject body(byte[] content) {
        JsonObject body = new JsonObject();
        body.addProperty("size", content.length);
        if (content.length > 0) {
            body.addProperty("data", Base64.getUrlEncoder().encodeToString(content));
        }
        return body;
    }

    private void rememberText(MimePart part, byte[] content) throws MessagingException {
        String type = mimeType(part);
        if (type.equals("text/plain") && plainText == null) {
            plainText = decodeText(part, content);
        } else if (type.equals("text/html") && htmlText == null) {
            htmlText = decodeText(part, content);
        }
    }

    private static String decodeText(MimePart part, byte[] content) throws MessagingException {
        try {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            return new String(content, MimeUtility.javaCharset(charset == null ? "us-ascii" : charset));
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    private static String mimeType(MimePart part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
    }

    private static String filename(MimePart part) {
        try {
            String filename = part.getFileName();
            return filename == null ? "" : filename;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static List<MessageView.Header> headers(MimePart part) throws MessagingException {
        List<MessageView.Header> headers = new ArrayList<>();
        for (Header header : Collections.list(part.getAllHeaders())) {
            headers.add(new MessageView.Header(header.getName(), decodeHeader(header.getValue())));
        }
        return headers;
    }

    private static String decodeHeader(String value) {
        String unfolded = MimeUtility.unfold(value == null ? "" : value).strip();
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return unfolded;
        }
    }

    private static JsonArray headersJson(List<MessageView.Header> headers) {
        JsonArray json = new JsonArray();
        for (MessageView.Header header : headers) {
            JsonObject entry = new JsonObject();
            entry.addProperty("name", header.name());
            entry.addProperty("value", header.value());
            json.add(entry);
        }
        return json;
    }

    private static Optional<Instant> sentDate(MimeMessage mime) {
        try {
            return Optional.ofNullable(mime.getSentDate()).map(Date::toInstant);
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return Session.getInstance(properties);
    }

    static Session mailSession() {
        return SESSION;
    }
}
