package dev.fundcrm.domain.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of a longer list, and the opaque cursor of the next page ("" when this is the last one).
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
        nextCursor = nextCursor == null ? "" : nextCursor;
    }

    public Optional<String> next() {
        return nextCursor.isEmpty() ? Optional.empty() : Optional.of(nextCursor);
    }
}
