package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.out.Mailboxes;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registered mailboxes and their sync states in memory. Reading or writing the state of a mailbox that
 * is not registered is a programmer error ({@link UnknownRecordException}), as a foreign key would make it in
 * SQL. Thread-safe: every method is synchronized.
 */
public final class InMemoryMailboxes implements Mailboxes {

    private final Map<Mailbox, MailboxAccount> accounts = new HashMap<>();
    private final Map<Mailbox, SyncState> states = new HashMap<>();

    @Override
    public synchronized void register(MailboxAccount account) {
        accounts.put(account.mailbox(), account);
        states.putIfAbsent(account.mailbox(), SyncState.initial(account.mailbox()));
    }

    @Override
    public synchronized List<MailboxAccount> all() {
        return accounts.values().stream()
                .sorted(Comparator.comparing(account -> account.mailbox().address().canonical()))
                .toList();
    }

    @Override
    public synchronized Optional<MailboxAccount> find(Mailbox mailbox) {
        return Optional.ofNullable(accounts.get(mailbox));
    }

    @Override
    public synchronized SyncState state(Mailbox mailbox) {
        return registered(mailbox);
    }

    @Override
    public synchronized void saveCheckpoint(Mailbox mailbox, Checkpoint checkpoint) {
        states.put(mailbox, registered(mailbox).withCheckpoint(checkpoint));
    }

    @Override
    public synchronized void saveState(SyncState state) {
        registered(state.mailbox());
        states.put(state.mailbox(), state);
    }

    private SyncState registered(Mailbox mailbox) {
        SyncState state = states.get(mailbox);
        if (state == null) {
            throw new UnknownRecordException("registered mailbox " + mailbox);
        }
        return state;
    }
}
