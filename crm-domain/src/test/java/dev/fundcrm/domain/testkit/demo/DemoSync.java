package dev.fundcrm.domain.testkit.demo;

import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.CaptureSnapshot;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryStores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The demo fund's capture in small pages, as the crash tests run it (in one process or across two): Alice's
 * 23 copies are 5 pages, Bob's 13 are 3. A clean run stores 36 copies (2 of them quarantined), 15 messages with
 * content and 16 proposals. Stateless.
 */
public final class DemoSync {

    public static final int PAGE_SIZE = 5;
    public static final int PAGES = 5 + 3;
    public static final Instant SYNC_TIME = Instant.parse("2026-11-24T15:00:00Z");

    private DemoSync() {
    }

    /** The stores, with the demo fund's organizations, contacts, admins, mailboxes and blocklist written in. */
    public static Stores seeded(Stores stores) {
        DemoFund.seed(stores);
        return stores;
    }

    /** A new source holding the demo mailboxes. */
    public static InMemoryMailboxSource source() {
        InMemoryMailboxSource source = new InMemoryMailboxSource();
        DemoMailboxes.load(source);
        return source;
    }

    /** What a run that never crashed stores: both mailboxes synced into fresh in-memory stores. */
    public static CaptureSnapshot cleanRun() {
        Stores stores = seeded(InMemoryStores.create());
        InMemoryMailboxSource source = source();
        for (MailboxAccount account : stores.mailboxes().all()) {
            SyncOutcome outcome = over(stores, source).sync(account.mailbox());
            if (!(outcome instanceof SyncOutcome.Completed)) {
                throw new IllegalStateException("the clean run of " + account.mailbox() + " ended " + outcome);
            }
        }
        return CaptureSnapshot.of(stores, source);
    }

    /** The demo fund's sync of the source into the stores, in pages of {@link #PAGE_SIZE}, at a fixed time. */
    public static MailboxSync over(Stores stores, InMemoryMailboxSource source) {
        return new MailboxSync(source, stores, new MessageTriage(DemoFund.settings().fundDomains(), stores.contacts()),
                Clock.fixed(SYNC_TIME, ZoneOffset.UTC), PAGE_SIZE);
    }
}
