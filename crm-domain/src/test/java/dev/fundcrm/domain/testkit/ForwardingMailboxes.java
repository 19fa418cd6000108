package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.port.out.Mailboxes;
import dev.fundcrm.domain.port.out.Stores;
import java.util.List;
import java.util.Optional;

/** Forwards every call to other mailboxes: the base of test decorators that watch or break a few of them. */
abstract class ForwardingMailboxes implements Mailboxes {

    private final Mailboxes mailboxes;

    ForwardingMailboxes(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** The stores, with this in place of their mailboxes. */
    Stores in(Stores stores) {
        return new Stores(stores.transactions(), stores.contacts(), stores.messages(), stores.proposals(),
                stores.activities(), this, stores.admins(), stores.blocklist(), stores.auditLog(),
                stores.digestRuns(), stores.captures(), stores.leases());
    }

    @Override
    public void register(MailboxAccount account) {
        mailboxes.register(account);
    }

    @Override
    public List<MailboxAccount> all() {
        return mailboxes.all();
    }

    @Override
    public Optional<MailboxAccount> find(Mailbox mailbox) {
        return mailboxes.find(mailbox);
    }

    @Override
    public SyncState state(Mailbox mailbox) {
        return mailboxes.state(mailbox);
    }

    @Override
    public void saveCheckpoint(Mailbox mailbox, Checkpoint checkpoint) {
        mailboxes.saveCheckpoint(mailbox, checkpoint);
    }

    @Override
    public void saveState(SyncState state) {
        mailboxes.saveState(state);
    }
}
