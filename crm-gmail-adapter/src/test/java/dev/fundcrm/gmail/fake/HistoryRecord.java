package dev.fundcrm.gmail.fake;

import java.util.List;

/** One change to a mailbox, under the history id it bumped the mailbox to. Immutable. */
record HistoryRecord(long id, List<StoredMessage> added, List<StoredMessage> deleted) {

    HistoryRecord {
        added = List.copyOf(added);
        deleted = List.copyOf(deleted);
    }

    boolean touches(String labelId) {
        return added.stream().anyMatch(message -> message.hasLabel(labelId))
                || deleted.stream().anyMatch(message -> message.hasLabel(labelId));
    }
}
