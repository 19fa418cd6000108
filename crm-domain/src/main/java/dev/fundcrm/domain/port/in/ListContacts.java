package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Page;

/** Contacts by name, a page at a time, optionally only those whose name or an address contains a text. */
public interface ListContacts {

    /** {@code text}: "" for all; {@code cursor}: "" for the first page, else a previous page's next cursor. */
    record Query(String text, String cursor, int limit) {
        public Query {
            text = text == null ? "" : text.strip();
            cursor = cursor == null ? "" : cursor;
        }
    }

    /** @throws IllegalArgumentException for a cursor this use case did not give out, or a bad limit */
    Page<Contact> list(Query query);
}
