package dev.fundcrm.gmail.fake;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A draft created through the fake: for which user, its ids, the thread the request asked for (null if none)
 * and the thread Gmail's rule put it in, and the decoded raw MIME. Immutable: {@link #raw()} hands out a copy.
 */
public record CreatedDraft(String user, String draftId, String messageId, String requestedThreadId, String threadId,
        byte[] raw) {

    public CreatedDraft {
        Objects.requireNonNull(user, "user");
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** The raw MIME as text (UTF-8, which reads any 7-bit message too). */
    public String rawText() {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
