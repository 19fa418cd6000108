package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.ContactId;
import java.util.Objects;

/**
 * A page of contacts in list order (name, then id in its text form), optionally only those whose name or an
 * address contains {@code text} (ignoring case), starting after a position (keyset paging: a contact added or
 * removed meanwhile shifts nothing).
 *
 * @param text      "" for every contact
 * @param afterName with {@code afterId}: the last contact of the previous page; both null on the first page
 * @param limit     1 to {@link #MAX_LIMIT}
 */
public record ContactQuery(String text, String afterName, ContactId afterId, int limit) {

    public static final int MAX_LIMIT = 500;

    public ContactQuery {
        text = text == null ? "" : text.strip();
        if ((afterName == null) != (afterId == null)) {
            throw new IllegalArgumentException("a position needs both a name and an id");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static ContactQuery firstPage(String text, int limit) {
        return new ContactQuery(text, null, null, limit);
    }

    public boolean hasPosition() {
        return afterId != null;
    }

    public ContactQuery after(String name, ContactId id) {
        return new ContactQuery(text, Objects.requireNonNull(name, "name"), Objects.requireNonNull(id, "id"), limit);
    }
}
