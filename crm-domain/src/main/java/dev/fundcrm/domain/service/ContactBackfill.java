package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.in.BackfillContact;
import dev.fundcrm.domain.port.out.Stores;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Searches every registered, unpaused mailbox for a new contact's addresses or an organization's domains, one
 * after another, through {@link MailboxSync#backfill}: the same capture as a sync, its own search cursor, no
 * checkpoint moved.
 */
public final class ContactBackfill implements BackfillContact {

    private final MailboxSync sync;
    private final Stores stores;

    public ContactBackfill(MailboxSync sync, Stores stores) {
        this.sync = sync;
        this.stores = stores;
    }

    @Override
    public Map<Mailbox, SyncOutcome> backfill(Command command) {
        Map<Mailbox, SyncOutcome> outcomes = new LinkedHashMap<>();
        for (MailboxAccount account : stores.mailboxes().all()) {
            if (!account.paused()) {
                outcomes.put(account.mailbox(), sync.backfill(account.mailbox(), command.search()));
            }
        }
        return outcomes;
    }
}
