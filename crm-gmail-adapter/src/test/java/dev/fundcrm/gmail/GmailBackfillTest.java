package dev.fundcrm.gmail;

import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.port.in.BackfillContact;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.ContactBackfill;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.gmail.fake.FakeMailbox;
import dev.fundcrm.gmail.fake.Route;
import dev.fundcrm.gmail.fake.UserStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A contact added after a sync: the backfill's Gmail search finds their earlier mail, which becomes proposals
 * through the same capture, with one search listing and no history or profile call, the sync's checkpoint left
 * as it was; a second run creates nothing.
 */
class GmailBackfillTest {

    private static final String OLGA = "olga@vc.example";

    private final GmailTestbed testbed = new GmailTestbed();
    private final Stores stores = InMemoryStores.create();

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void aContactAddedAfterTheSyncGetsTheirEarlierMailAsProposalsWithoutAResync() {
        seed();
        MailboxSync sync = new MailboxSync(new GmailMailboxSource(testbed.gmail()), stores,
                new MessageTriage(FundDomains.of("fund.example"), stores.contacts()), testbed.time().clock(),
                MailboxSync.DEFAULT_PAGE_SIZE);
        stores.mailboxes().register(MailboxAccount.of(ANNA));
        assertThat(sync.sync(Mailbox.of(ANNA))).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(stores.proposals().countPending()).isZero();
        Checkpoint synced = stores.mailboxes().state(Mailbox.of(ANNA)).checkpoint();
        stores.contacts().add(Contact.of("Olga Investor", OLGA));
        BackfillContact backfill = new ContactBackfill(sync, stores);
        BackfillContact.Command command = new BackfillContact.Command(
                MailSearch.forAddresses(List.of(EmailAddress.of(OLGA))));
        UserStats before = testbed.fake().stats(ANNA);

        SyncReport found = report(backfill.backfill(command).get(Mailbox.of(ANNA)));

        UserStats after = testbed.fake().stats(ANNA);
        assertThat(found.listed()).isEqualTo(12);
        assertThat(found.proposalsCreated()).isEqualTo(12);
        assertThat(stores.proposals().countPending()).isEqualTo(12);
        assertThat(after.calls(Route.MESSAGES_LIST) - before.calls(Route.MESSAGES_LIST)).isEqualTo(1);
        assertThat(after.calls(Route.HISTORY_LIST) - before.calls(Route.HISTORY_LIST)).isZero();
        assertThat(after.calls(Route.PROFILE) - before.calls(Route.PROFILE)).isZero();
        assertThat(stores.mailboxes().state(Mailbox.of(ANNA)).checkpoint()).isEqualTo(synced);

        SyncReport again = report(backfill.backfill(command).get(Mailbox.of(ANNA)));

        assertThat(again.proposalsCreated()).isZero();
        assertThat(stores.proposals().countPending()).isEqualTo(12);
    }

    /** 100 messages: every 25th from Olga, every 25th (offset 5) to her, every 25th (offset 10) cc her. */
    private void seed() {
        FakeMailbox anna = testbed.fake().user(ANNA);
        Instant now = testbed.time().clock().instant();
        for (int i = 0; i < 100; i++) {
            String from = i % 25 == 0 ? OLGA : "sender" + i + "@stranger.example";
            String to = i % 25 == 5 ? ANNA + ", " + OLGA : ANNA;
            String text = "From: " + from + "\r\nTo: " + to + (i % 25 == 10 ? "\r\nCc: " + OLGA : "")
                    + "\r\nSubject: Note " + i + "\r\nMessage-ID: <b" + i + "@mail.example>\r\n\r\nAbout " + i
                    + ".\r\n";
            anna.addAt(now.minus(Duration.ofDays(100 - i)), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static SyncReport report(SyncOutcome outcome) {
        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        return ((SyncOutcome.Completed) outcome).report();
    }
}
