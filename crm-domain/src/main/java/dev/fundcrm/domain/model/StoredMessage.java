package dev.fundcrm.domain.model;

import java.util.List;
import java.util.Objects;

/** A captured message's content (read at FULL detail) and every mailbox copy it was seen as. */
public record StoredMessage(MessageKey key, ParsedMessage content, List<MessageRef> sightings) {

    public StoredMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        sightings = List.copyOf(sightings);
    }

    public List<Mailbox> mailboxes() {
        return sightings.stream().map(MessageRef::mailbox).distinct().toList();
    }
}
