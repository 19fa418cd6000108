package dev.fundcrm.domain.model;

import java.util.List;

/**
 * What was captured of a message's thread across the team mailboxes that saw it: the captured messages,
 * oldest first (the message itself among them), and the thread's other messages, kept as identifiers only,
 * in the order capture saw them. Each message appears once. Capture keeps no date of an identifiers-only
 * message, so the two lists can't be interleaved.
 */
public record MessageThread(List<StoredMessage> captured, List<ThreadEntry> identifiersOnly) {

    public MessageThread {
        captured = List.copyOf(captured);
        identifiersOnly = List.copyOf(identifiersOnly);
        if (identifiersOnly.stream().anyMatch(entry -> entry.captured().isPresent())) {
            throw new IllegalArgumentException("an identifiers-only entry carries content");
        }
    }
}
