package dev.fundcrm.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One message of a mailbox's Gmail thread as capture kept it: its key, its copy in that mailbox, what capture
 * did with the copy, and the stored message when its content was captured (from this or another team
 * mailbox). Without content it is a message kept as identifiers only (data minimization): a view may say that
 * it exists and why it was not captured, never what it said.
 */
public record ThreadEntry(MessageKey key, MessageRef copy, Disposition disposition, StoredMessage capturedOrNull) {

    public ThreadEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(disposition, "disposition");
        if (capturedOrNull != null && !capturedOrNull.key().equals(key)) {
            throw new IllegalArgumentException("the captured message " + capturedOrNull.key()
                    + " is not the entry's message " + key);
        }
    }

    public Optional<StoredMessage> captured() {
        return Optional.ofNullable(capturedOrNull);
    }
}
