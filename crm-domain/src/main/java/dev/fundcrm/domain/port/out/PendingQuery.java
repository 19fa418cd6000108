package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.OrganizationId;
import java.time.Instant;

/**
 * Filters and paging for the review queue; each filter is null when not used.
 *
 * @param contact proposals targeting this contact
 * @param organization proposals for a new person at this organization, or for a contact of it
 * @param mailbox proposals whose message was seen in this mailbox
 * @param occurredBefore proposals whose message is older than this
 * @param cursor "" for the first page, else the previous page's next cursor
 * @param limit page size, 1 to 500
 */
public record PendingQuery(ContactId contact, OrganizationId organization, Mailbox mailbox, Instant occurredBefore,
                           String cursor, int limit) {

    public static final int MAX_LIMIT = 500;

    public PendingQuery {
        cursor = cursor == null ? "" : cursor;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static PendingQuery firstPage(int limit) {
        return new PendingQuery(null, null, null, null, "", limit);
    }

    public PendingQuery after(String nextCursor) {
        return new PendingQuery(contact, organization, mailbox, occurredBefore, nextCursor, limit);
    }

    public PendingQuery forContact(ContactId value) {
        return new PendingQuery(value, organization, mailbox, occurredBefore, cursor, limit);
    }

    public PendingQuery forOrganization(OrganizationId value) {
        return new PendingQuery(contact, value, mailbox, occurredBefore, cursor, limit);
    }

    public PendingQuery forMailbox(Mailbox value) {
        return new PendingQuery(contact, organization, value, occurredBefore, cursor, limit);
    }

    public PendingQuery olderThan(Instant value) {
        return new PendingQuery(contact, organization, mailbox, value, cursor, limit);
    }
}
