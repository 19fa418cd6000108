package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.port.out.Mailboxes;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Mailboxes} promises: registering again updates the account and keeps the sync state; a
 * new mailbox starts from the initial state; the sync state of an unregistered mailbox is a programmer
 * error (IllegalArgumentException), as a foreign key makes it in SQL.
 */
public abstract class MailboxesContract {

    private static final Mailbox ANNA = Mailbox.of("anna@fund.example");
    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");

    private Mailboxes mailboxes;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        mailboxes = newStores().mailboxes();
    }

    @Test
    void aNewMailboxHasTheInitialState() {
        mailboxes.register(MailboxAccount.of("anna@fund.example"));

        assertThat(mailboxes.state(ANNA)).isEqualTo(SyncState.initial(ANNA));
        assertThat(mailboxes.find(ANNA)).contains(MailboxAccount.of("anna@fund.example"));
    }

    @Test
    void registeringAgainUpdatesAliasesAndPauseButKeepsTheState() {
        mailboxes.register(MailboxAccount.of("anna@fund.example"));
        mailboxes.saveCheckpoint(ANNA, new Checkpoint("4711"));
        MailboxAccount updated = MailboxAccount.of("anna@fund.example", "a.smith@fund.example").withPaused(true);

        mailboxes.register(updated);

        assertThat(mailboxes.find(ANNA)).contains(updated);
        assertThat(mailboxes.all()).containsExactly(updated);
        assertThat(mailboxes.state(ANNA).checkpoint()).isEqualTo(new Checkpoint("4711"));
    }

    @Test
    void savingACheckpointKeepsTheRestOfTheState() {
        mailboxes.register(MailboxAccount.of("anna@fund.example"));
        SyncState failed = SyncState.initial(ANNA).failed(T1, SyncStatus.RETRYING, "quota");
        mailboxes.saveState(failed);

        mailboxes.saveCheckpoint(ANNA, new Checkpoint("page-2"));

        assertThat(mailboxes.state(ANNA)).isEqualTo(failed.withCheckpoint(new Checkpoint("page-2")));
    }

    @Test
    void savesTheWholeState() {
        mailboxes.register(MailboxAccount.of("anna@fund.example"));
        SyncState synced = SyncState.initial(ANNA).withCheckpoint(new Checkpoint("99")).succeeded(T1, 120, 7);

        mailboxes.saveState(synced);

        assertThat(mailboxes.state(ANNA)).isEqualTo(synced);
    }

    @Test
    void listsMailboxesByAddress() {
        MailboxAccount carl = MailboxAccount.of("carl@fund.example");
        MailboxAccount anna = MailboxAccount.of("anna@fund.example");
        MailboxAccount ben = MailboxAccount.of("ben@fund.example");
        mailboxes.register(carl);
        mailboxes.register(anna);
        mailboxes.register(ben);

        assertThat(mailboxes.all()).containsExactly(anna, ben, carl);
    }

    @Test
    void anUnregisteredMailboxIsNotFoundAndHasNoState() {
        mailboxes.register(MailboxAccount.of("ben@fund.example"));

        assertThat(mailboxes.find(ANNA)).isEmpty();
        assertThatThrownBy(() -> mailboxes.state(ANNA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mailboxes.saveCheckpoint(ANNA, new Checkpoint("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mailboxes.saveState(SyncState.initial(ANNA)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mailboxes.all()).extracting(MailboxAccount::mailbox).containsExactly(Mailbox.of("ben@fund.example"));
    }
}
