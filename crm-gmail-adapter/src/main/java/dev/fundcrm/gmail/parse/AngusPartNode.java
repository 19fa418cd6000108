package dev.fundcrm.gmail.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A part of a raw message as Angus Mail reads it. Nothing is parsed before it is asked for: a multipart is
 * split only when the walker opens it, so the depth limit bounds how far Angus descends. Over a
 * {@code SharedByteArrayInputStream} the parts are views of the message's bytes, never copies.
 */
final class AngusPartNode implements MimeNode {

    private static final long SIZE_COUNT_LIMIT = 1L << 30;

    private final MimePart part;
    private final String path;

    AngusPartNode(MimePart part, String path) {
        this.part = part;
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public MediaType mediaType() {
        try {
            return MediaType.parse(part.getHeader("Content-Type", null));
        } catch (MessagingException e) {
            return MediaType.PLAIN_TEXT;
        }
    }

    @Override
    public String filename() {
        try {
            String name = part.getFileName();
            return name == null ? "" : HeaderText.decode("filename", name, new Problems()).strip();
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public boolean isAttachmentDisposition() {
        try {
            String disposition = part.getDisposition();
            return disposition != null && disposition.toLowerCase(Locale.ROOT).equals(Part.ATTACHMENT);
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public long sizeBytes() {
        // Counting the decoded bytes costs one pass over the attachment, none of it kept.
        try (InputStream content = decoded()) {
            long size = 0;
            byte[] buffer = new byte[8192];
            for (int read; (read = content.read(buffer)) > 0 && size < SIZE_COUNT_LIMIT; ) {
                size += read;
            }
            return size;
        } catch (IOException | MessagingException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public List<MimeNode> children() throws UnreadablePartException {
        try {
            BoundedMultipart multipart = new BoundedMultipart(new MimePartDataSource(part));
            List<MimeNode> children = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child instanceof MimePart mimeChild) {
                    children.add(new AngusPartNode(mimeChild, path.isEmpty() ? "" + (i + 1) : path + "." + (i + 1)));
                }
            }
            return children;
        } catch (MessagingException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            throw new UnreadablePartException(message.contains("start boundary")
                    ? "its multipart body has no start boundary"
                    : message.contains("encoding") ? "its transfer encoding is unknown"
                    : "its multipart body could not be split");
        }
    }

    @Override
    public byte[] content(int maxBytes) throws UnreadablePartException {
        InputStream content;
        try {
            content = decoded();
        } catch (MessagingException | RuntimeException e) {
            throw new UnreadablePartException("its transfer encoding is unknown");
        }
        try (content) {
            return content.readNBytes(maxBytes);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePartException(encoding().equals("base64")
                    ? "its base64 content is malformed" : "its content could not be decoded");
        }
    }

    private InputStream decoded() throws MessagingException {
        String encoding = part.getEncoding();
        return encoding == null ? raw() : MimeUtility.decode(raw(), encoding);
    }

    private InputStream raw() throws MessagingException {
        if (part instanceof MimeBodyPart bodyPart) {
            return bodyPart.getRawInputStream();
        }
        return ((MimeMessage) part).getRawInputStream();
    }

    private String encoding() {
        try {
            String encoding = part.getEncoding();
            return encoding == null ? "" : encoding.toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return "";
        }
    }
}
