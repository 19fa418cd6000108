package dev.fundcrm.gmail.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What Gmail derives from a stored message's bytes: its headers decoded, the {@code full} payload, the
 * snippet and the attachments by id. Made once per message by {@link PayloadParser}; immutable.
 */
final class MessageView {

    record Header(String name, String value) {
    }

    private final List<Header> headers;
    private final JsonObject payload;
    private final String snippet;
    private final Map<String, byte[]> attachments;
    private final Optional<Instant> sentDate;

    MessageView(List<Header> headers, JsonObject payload, String snippet, Map<String, byte[]> attachments,
            Optional<Instant> sentDate) {
        this.headers = List.copyOf(headers);
        this.payload = payload;
        this.snippet = snippet;
        this.attachments = Map.copyOf(attachments);
        this.sentDate = sentDate;
    }

    List<String> values(String headerName) {
        return headers.stream().filter(header -> header.name().equalsIgnoreCase(headerName))
                .map(Header::value).collect(Collectors.toList());
    }

    Optional<String> first(String headerName) {
        return values(headerName).stream().findFirst();
    }

    String snippet() {
        return snippet;
    }

    Optional<Instant> sentDate() {
        return sentDate;
    }

    boolean hasAttachment() {
        return !attachments.isEmpty();
    }

    Optional<byte[]> attachment(String attachmentId) {
        return Optional.ofNullable(attachments.get(attachmentId)).map(byte[]::clone);
    }

    JsonObject fullPayload() {
        return payload.deepCopy();
    }

    /** Gmail's {@code metadata} payload: the MIME type and the top-level headers, only those asked for if any. */
    JsonObject metadataPayload(List<String> wantedHeaders) {
        List<String> wanted = wantedHeaders.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        JsonArray selected = new JsonArray();
        for (Header header : headers) {
            if (wanted.isEmpty() || wanted.contains(header.name().toLowerCase(Locale.ROOT))) {
                JsonObject json = new JsonObject();
                json.addProperty("name", header.name());
                json.addProperty("value", header.value());
                selected.add(json);
            }
        }
        JsonObject metadata = new JsonObject();
        metadata.add("mimeType", payload.get("mimeType"));
        metadata.add("headers", selected);
        return metadata;
    }
}
