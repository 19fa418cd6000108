package dev.fundcrm.gmail.fake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message as the fake keeps it: the raw RFC 822 bytes Gmail would hold, its ids, labels, internal date and
 * the history id that added it. Immutable: {@link #raw()} hands out a copy.
 */
public record StoredMessage(String id, String threadId, List<String> labelIds, Instant internalDate, byte[] raw,
        long historyId) {

    public StoredMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(threadId, "threadId");
        labelIds = List.copyOf(labelIds);
        Objects.requireNonNull(internalDate, "internalDate");
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    int size() {
        return raw.length;
    }

    boolean hasLabel(String labelId) {
        return labelIds.stream().anyMatch(labelId::equalsIgnoreCase);
    }
}
