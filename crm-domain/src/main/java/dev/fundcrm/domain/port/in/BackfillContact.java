package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import java.util.Map;
import java.util.Objects;

/**
 * When a contact's address or an organization's domain is added: searches every registered, unpaused mailbox
 * for it and sends what it finds through capture, so earlier mail becomes proposals without a full resync.
 * Mailboxes' sync checkpoints are left as they were. Idempotent: a second run creates no proposal.
 */
public interface BackfillContact {

    /** The addresses of a contact, or the domains of an organization, to look for. */
    record Command(MailSearch search) {
        public Command {
            Objects.requireNonNull(search, "search");
        }
    }

    /**
     * The outcome per mailbox, in the order they were searched: {@link SyncOutcome.Completed} with what the
     * search found, listed and created, or the failure (the mailbox's sync state is left as it was; run it again later).
     */
    Map<Mailbox, SyncOutcome> backfill(Command command);
}
