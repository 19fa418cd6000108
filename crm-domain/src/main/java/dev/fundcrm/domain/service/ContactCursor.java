package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.port.in.ListContacts;
import dev.fundcrm.domain.port.out.ContactQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of a contact list page: the last contact's id and name (the list's sort key), in
 * URL-safe Base64 so it travels in a query string as is.
 */
final class ContactCursor {

    private ContactCursor() {
    }

    static String after(Contact last) {
        String position = last.id() + " " + last.name();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException for a cursor {@link #after} did not make, or a bad limit */
    static ContactQuery query(ListContacts.Query query) {
        ContactQuery first = ContactQuery.firstPage(query.text(), query.limit());
        if (query.cursor().isEmpty()) {
            return first;
        }
        String position;
        try {
            position = new String(Base64.getUrlDecoder().decode(query.cursor()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a contact list cursor: '" + query.cursor() + "'", e);
        }
        int space = position.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("not a contact list cursor: '" + query.cursor() + "'");
        }
        return first.after(position.substring(space + 1), ContactId.parse(position.substring(0, space)));
    }
}
