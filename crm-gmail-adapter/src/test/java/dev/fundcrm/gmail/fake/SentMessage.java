package dev.fundcrm.gmail.fake;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A message sent through the fake's {@code messages.send}: the sender, its ids, the thread asked for (null if
 * none) and the one given, and the decoded raw MIME. Nothing leaves the fake. Immutable.
 */
public record SentMessage(String user, String messageId, String requestedThreadId, String threadId, byte[] raw) {

    public SentMessage {
        Objects.requireNonNull(user, "user");
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    public String rawText() {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
