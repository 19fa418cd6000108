package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.ForwardingMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeasedSyncTest {

    private static final Mailbox ALICE = Mailbox.of(DemoFund.ALICE);
    private static final Mailbox BOB = Mailbox.of(DemoFund.BOB);

    @Test
    void oneMailboxFailingDoesNotCostTheOthersTheirTickAndItsLeaseIsGivenBack() {
        Stores stores = InMemoryStores.create();
        DemoFund.seed(stores);
        InMemoryMailboxSource demo = new InMemoryMailboxSource();
        DemoMailboxes.load(demo);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"));
        MailboxSync sync = new MailboxSync(new BrokenFor(ALICE, demo), stores,
                new MessageTriage(DemoFund.settings().fundDomains(), stores.contacts()), clock, 10);

        Map<Mailbox, SyncOutcome> outcomes = new LeasedSync(sync, stores, clock, "instance-a",
                Duration.ofMinutes(5)).syncAll();

        assertThat(outcomes.get(ALICE)).isInstanceOf(SyncOutcome.RetryLater.class);
        assertThat(outcomes.get(BOB)).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(stores.leases().claim(ALICE, "instance-b", clock.instant(), Duration.ofMinutes(5)))
                .as("the failed mailbox's lease was released").isTrue();
    }

    @Test
    void mailboxesSyncInParallelWithTheSameOutcomesAsOneByOne() {
        Stores stores = InMemoryStores.create();
        DemoFund.seed(stores);
        InMemoryMailboxSource demo = new InMemoryMailboxSource();
        DemoMailboxes.load(demo);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"));
        MailboxSync sync = new MailboxSync(demo, stores,
                new MessageTriage(DemoFund.settings().fundDomains(), stores.contacts()), clock, 5);

        Map<Mailbox, SyncOutcome> outcomes = new LeasedSync(sync, stores, clock, "instance-a",
                Duration.ofMinutes(5), 4).syncAll();

        assertThat(outcomes).containsOnlyKeys(ALICE, BOB)
                .allSatisfy((mailbox, outcome) -> assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class));
        assertThat(outcomes.values().stream().mapToInt(o -> ((SyncOutcome.Completed) o).report().proposalsCreated())
                .sum()).as("who proposes a message both mailboxes hold depends on timing; the sum does not")
                .isEqualTo(16);
        assertThat(stores.proposals().countPending()).isEqualTo(16);
    }

    /** A source that fails unexpectedly (not a CaptureException) for one mailbox. */
    private static final class BrokenFor extends ForwardingMailboxSource {
        private final Mailbox broken;

        BrokenFor(Mailbox broken, MailboxSource delegate) {
            super(delegate);
            this.broken = broken;
        }

        @Override
        public ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
            if (mailbox.equals(broken)) {
                throw new IllegalStateException("a bug in the source");
            }
            return super.changes(mailbox, since, pageSize);
        }
    }
}
