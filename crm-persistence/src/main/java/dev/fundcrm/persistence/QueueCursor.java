package dev.fundcrm.persistence;

import java.time.Instant;
import java.util.UUID;

/** Where a page of the review queue ended: the last proposal's (occurredAt, id), as {@code <instant>/<uuid>}. */
record QueueCursor(Instant occurredAt, UUID id) {

    /** Null for the first page ("" cursor). @throws IllegalArgumentException for a cursor we did not write */
    static QueueCursor parse(String cursor) {
        if (cursor.isEmpty()) {
            return null;
        }
        int slash = cursor.indexOf('/');
        try {
            if (slash < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new QueueCursor(Instant.parse(cursor.substring(0, slash)), UUID.fromString(cursor.substring(slash + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed page cursor '" + cursor + "'", e);
        }
    }

    @Override
    public String toString() {
        return occurredAt + "/" + id;
    }
}
