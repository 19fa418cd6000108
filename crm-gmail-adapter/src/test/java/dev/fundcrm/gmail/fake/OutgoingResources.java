package dev.fundcrm.gmail.fake;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code drafts.create} and {@code messages.send}: the raw MIME is decoded, put in the mailbox (labelled
 * {@code DRAFT} or {@code SENT}, so it shows in list and history as in Gmail) and recorded. {@code drafts.send}
 * is never served; its attempts are recorded so a test can assert there were none. Thread-safe.
 */
final class OutgoingResources {

    private final AtomicLong draftIds = new AtomicLong(5_249_612_338_298_340_001L);
    private final List<CreatedDraft> drafts = new ArrayList<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final List<String> draftSendAttempts = new ArrayList<>();

    ApiResponse createDraft(Preparation.Ready ready) {
        Optional<JsonObject> message = body(ready.call()).map(json -> json.get("message"))
                .filter(element -> element.isJsonObject()).map(element -> element.getAsJsonObject());
        Optional<byte[]> raw = message.flatMap(OutgoingResources::raw);
        if (raw.isEmpty()) {
            return GoogleErrors.badRequest("Invalid draft: a message with raw content is required");
        }
        String requestedThread = text(message.get(), "threadId");
        StoredMessage stored = ready.mailbox().insert(raw.get(), null, List.of("DRAFT"), requestedThread);
        String draftId = "r" + draftIds.getAndIncrement();
        synchronized (this) {
            drafts.add(new CreatedDraft(ready.user(), draftId, stored.id(), requestedThread, stored.threadId(),
                    raw.get()));
        }
        JsonObject json = new JsonObject();
        json.addProperty("id", draftId);
        json.add("message", MailboxResources.reference(stored, true));
        return ApiResponse.json(200, json);
    }

    ApiResponse send(Preparation.Ready ready) {
        Optional<JsonObject> message = body(ready.call());
        Optional<byte[]> raw = message.flatMap(OutgoingResources::raw);
        if (raw.isEmpty()) {
            return GoogleErrors.badRequest("'raw' RFC822 payload message string or uploading message via /upload/* "
                    + "URL required");
        }
        MessageView view = PayloadParser.parse("unsent", raw.get());
        if (view.values("To").isEmpty() && view.values("Cc").isEmpty() && view.values("Bcc").isEmpty()) {
            return GoogleErrors.badRequest("Recipient address required");
        }
        String requestedThread = text(message.get(), "threadId");
        StoredMessage stored = ready.mailbox().insert(raw.get(), null, List.of("SENT"), requestedThread);
        synchronized (this) {
            sent.add(new SentMessage(ready.user(), stored.id(), requestedThread, stored.threadId(), raw.get()));
        }
        return ApiResponse.json(200, MailboxResources.reference(stored, true));
    }

    synchronized void recordDraftSendAttempt(String userId) {
        draftSendAttempts.add(userId);
    }

    synchronized List<CreatedDraft> drafts() {
        return List.copyOf(drafts);
    }

    synchronized List<SentMessage> sent() {
        return List.copyOf(sent);
    }

    synchronized List<String> draftSendAttempts() {
        return List.copyOf(draftSendAttempts);
    }

    private static Optional<JsonObject> body(ApiCall call) {
        try {
            var json = JsonParser.parseString(new String(call.body(), StandardCharsets.UTF_8));
            return json.isJsonObject() ? Optional.of(json.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    /** Like proto3's JSON mapping of bytes: base64url or standard base64, padded or not. */
    private static Optional<byte[]> raw(JsonObject message) {
        String raw = text(message, "raw");
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(raw.replace('+', '-').replace('/', '_').strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject json, String name) {
        return json.has(name) && json.get(name).isJsonPrimitive() ? json.get(name).getAsString() : null;
    }
}
