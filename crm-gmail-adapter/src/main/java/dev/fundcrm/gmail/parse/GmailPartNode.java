package dev.fundcrm.gmail.parse;

import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartBody;
import com.google.api.services.gmail.model.MessagePartHeader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A part of a message as the Gmail API gives it at {@code format=full}: Gmail already split the tree; text
 * parts carry their bytes as base64url in {@code body.data}, attachments only an {@code attachmentId} and
 * a {@code body.size}.
 */
final class GmailPartNode implements MimeNode {

    // A part's own headers hold Content-Type and Content-Disposition near the top; more is not looked at.
    private static final int PART_HEADERS_READ = 50;

    private final MessagePart part;
    private final String path;

    GmailPartNode(MessagePart part, String path) {
        this.part = part;
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public MediaType mediaType() {
        MediaType declared = MediaType.parse(header("content-type"));
        String gmailType = part.getMimeType();
        if (gmailType == null || gmailType.isBlank()) {
            return declared;
        }
        return new MediaType(gmailType.strip().toLowerCase(Locale.ROOT), declared.charset(), declared.boundary());
    }

    @Override
    public String filename() {
        return part.getFilename() == null ? "" : part.getFilename().strip();
    }

    @Override
    public boolean isAttachmentDisposition() {
        String disposition = header("content-disposition");
        return disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    @Override
    public long sizeBytes() {
        MessagePartBody body = part.getBody();
        return body == null || body.getSize() == null || body.getSize() < 0 ? -1 : body.getSize();
    }

    @Override
    public List<MimeNode> children() {
        List<MimeNode> children = new ArrayList<>();
        List<MessagePart> parts = part.getParts() == null ? List.of() : part.getParts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) != null) {
                children.add(new GmailPartNode(parts.get(i), path.isEmpty() ? "" + (i + 1) : path + "." + (i + 1)));
            }
        }
        return children;
    }

    @Override
    public byte[] content(int maxBytes) throws UnreadablePartException {
        MessagePartBody body = part.getBody();
        if (body == null || body.getData() == null) {
            if (body != null && body.getAttachmentId() != null) {
                throw new UnreadablePartException("its text is held as an attachment, which is never downloaded");
            }
            return new byte[0];
        }
        String data = body.getData();
        // Only as much base64 as the limit needs: four characters carry three bytes.
        int chars = (int) Math.min(data.length(), (maxBytes + 2L) / 3 * 4);
        String prefix = data.substring(0, chars).replace('+', '-').replace('/', '_');
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(prefix);
            return bytes.length > maxBytes ? java.util.Arrays.copyOf(bytes, maxBytes) : bytes;
        } catch (IllegalArgumentException e) {
            throw new UnreadablePartException("its base64 data is malformed");
        }
    }

    private String header(String name) {
        List<MessagePartHeader> headers = part.getHeaders();
        if (headers == null) {
            return null;
        }
        for (MessagePartHeader header : headers.subList(0, Math.min(headers.size(), PART_HEADERS_READ))) {
            if (header != null && name.equalsIgnoreCase(header.getName())) {
                return header.getValue();
            }
        }
        return null;
    }
}
