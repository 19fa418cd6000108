package dev.fundcrm.domain.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.contract.Concurrently;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.LeasedSync;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.CaptureSnapshot;
import dev.fundcrm.domain.testkit.Crashes;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.MessageFixtures;
import dev.fundcrm.domain.testkit.SyncOverlaps;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoSync;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Several app instances on one database share the team mailboxes through leases: each mailbox is synced by one
 * instance at a time, every mailbox gets synced, every message is stored once, and a mailbox an instance died
 * holding waits for its lease to run out, then another instance syncs it. Runs on any stores: in memory (both
 * instances share the fakes) and, in crm-persistence, on H2 and PostgreSQL with a connection pool per instance.
 */
public abstract class SharedMailboxesContract {

    private static final int INSTANCES = 2;
    private static final int MAILBOXES = 50;
    private static final int SHARED_MESSAGES = 3;
    /** Per mailbox: two messages from LPs, one unmatched, one internal, and the three every mailbox holds. */
    private static final int COPIES_PER_MAILBOX = 4 + SHARED_MESSAGES;
    private static final int CAPTURED_MESSAGES = MAILBOXES * 2 + SHARED_MESSAGES;
    private static final int PAGE_SIZE = 3;
    private static final int MAX_ROUNDS = 1_000;
    private static final Duration LEASE = LeasedSync.DEFAULT_LEASE;
    private static final FundSettings SETTINGS = FundSettings.of("fund.example");

    /**
     * The stores of {@code count} instances over one fresh, empty database: each instance with connections of
     * its own where the stores have any.
     */
    protected abstract List<Stores> instancesOfOneDatabase(int count);

    @Test
    void twoInstancesSyncFiftyMailboxesOneInstanceAtATimePerMailboxAndStoreEveryMessageOnce() {
        List<Stores> instances = instancesOfOneDatabase(INSTANCES);
        InMemoryMailboxSource source = fiftyMailboxes(instances.get(0));
        SyncOverlaps overlaps = new SyncOverlaps();
        MailboxSource watchedSource = overlaps.watch(source);
        Clock clock = Clock.fixed(MessageFixtures.SENT.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        List<LeasedSync> syncs = IntStream.range(0, INSTANCES)
                .mapToObj(i -> leased(overlaps.watch(instances.get(i)), watchedSource, clock, "instance-" + i))
                .toList();
        AtomicInteger next = new AtomicInteger();

        List<List<SyncOutcome>> outcomes = Concurrently.run(INSTANCES, () -> {
            int instance = next.getAndIncrement();
            return syncUntilEveryMailboxIsOk(syncs.get(instance), instances.get(instance));
        });

        assertThat(overlaps.overlaps()).as("no mailbox synced by two instances at once").isEmpty();
        assertThat(overlaps.finishedSyncs()).as("every mailbox synced").hasSize(MAILBOXES);
        List<SyncOutcome> all = outcomes.stream().flatMap(List::stream).toList();
        assertThat(all).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOfAny(SyncOutcome.Completed.class, SyncOutcome.LeasedElsewhere.class));
        List<SyncReport> reports = all.stream().filter(SyncOutcome.Completed.class::isInstance)
                .map(outcome -> ((SyncOutcome.Completed) outcome).report()).toList();
        assertThat(reports.stream().mapToInt(SyncReport::newMessages).sum()).as("each copy new to one sync")
                .isEqualTo(MAILBOXES * COPIES_PER_MAILBOX);
        assertThat(reports.stream().mapToInt(SyncReport::proposalsCreated).sum()).as("each proposal created once")
                .isEqualTo(CAPTURED_MESSAGES);

        CaptureSnapshot stored = CaptureSnapshot.of(instances.get(INSTANCES - 1), source);
        assertThat(stored.copies()).isEqualTo(MAILBOXES * COPIES_PER_MAILBOX);
        assertThat(stored.sightingCount()).isEqualTo(MAILBOXES * COPIES_PER_MAILBOX);
        assertThat(stored.messagesWithContent()).isEqualTo(CAPTURED_MESSAGES);
        assertThat(stored.proposals()).hasSize(CAPTURED_MESSAGES)
                .allSatisfy((key, proposals) -> assertThat(proposals).hasSize(1));
        for (int shared = 1; shared <= SHARED_MESSAGES; shared++) {
            assertThat(stored.sightings().get(new MessageKey("mid:<shared-" + shared + "@lp0.example>")))
                    .doesNotHaveDuplicates().hasSize(MAILBOXES);
        }
        assertThat(stored.checkpoints()).hasSize(MAILBOXES)
                .allSatisfy((mailbox, checkpoint) -> assertThat(checkpoint)
                        .isEqualTo(new Checkpoint(Integer.toString(COPIES_PER_MAILBOX))));
    }

    @Test
    void aMailboxLeftLeasedByACrashedInstanceWaitsForTheLeaseToRunOutThenAnotherInstanceSyncsIt() {
        List<Stores> instances = instancesOfOneDatabase(INSTANCES);
        Stores survivor = instances.get(1);
        DemoSync.seeded(instances.get(0));
        InMemoryMailboxSource source = DemoSync.source();
        MutableClock clock = new MutableClock(DemoSync.SYNC_TIME);
        Stores dying = Crashes.leavingLeasesHeld(Crashes.atCheckpoint(instances.get(0), 1));
        Mailbox alice = Mailbox.of(DemoFund.ALICE);
        Mailbox bob = Mailbox.of(DemoFund.BOB);

        assertThatThrownBy(() -> new LeasedSync(DemoSync.over(dying, source), dying, clock, "instance-a", LEASE)
                .syncAll()).as("dies after storing Alice's first page").isInstanceOf(Crashes.Crash.class);
        LeasedSync other = new LeasedSync(DemoSync.over(survivor, source), survivor, clock, "instance-b", LEASE);

        Map<Mailbox, SyncOutcome> meanwhile = other.syncAll();
        assertThat(meanwhile.get(alice)).isInstanceOf(SyncOutcome.LeasedElsewhere.class);
        assertThat(meanwhile.get(bob)).isInstanceOf(SyncOutcome.Completed.class);
        clock.advance(LEASE.minusMillis(1));
        assertThat(other.syncAll().get(alice)).as("a millisecond before the lease runs out")
                .isInstanceOf(SyncOutcome.LeasedElsewhere.class);
        clock.advance(Duration.ofMillis(1));
        SyncOutcome takenOver = other.syncAll().get(alice);

        assertThat(takenOver).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(((SyncOutcome.Completed) takenOver).report().alreadyKnown())
                .as("the dead instance's stored page, skipped").isEqualTo(DemoSync.PAGE_SIZE);
        assertThat(survivor.mailboxes().state(alice).status()).isEqualTo(SyncStatus.OK);
        assertThat(CaptureSnapshot.of(survivor, source)).isEqualTo(DemoSync.cleanRun());
    }

    private static List<SyncOutcome> syncUntilEveryMailboxIsOk(LeasedSync sync, Stores stores) {
        List<SyncOutcome> outcomes = new ArrayList<>();
        for (int round = 1; !everyMailboxIsOk(stores); round++) {
            if (round > MAX_ROUNDS || Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("some mailbox was still not synced after " + round + " rounds");
            }
            outcomes.addAll(sync.syncAll().values());
        }
        return outcomes;
    }

    private static boolean everyMailboxIsOk(Stores stores) {
        return stores.mailboxes().all().stream()
                .allMatch(account -> stores.mailboxes().state(account.mailbox()).status() == SyncStatus.OK);
    }

    private static LeasedSync leased(Stores stores, MailboxSource source, Clock clock, String holder) {
        MailboxSync sync = new MailboxSync(source, stores, new MessageTriage(SETTINGS.fundDomains(), stores.contacts()),
                clock, PAGE_SIZE);
        return new LeasedSync(sync, stores, clock, holder, LEASE);
    }

    /**
     * Registers 50 team mailboxes and five LP contacts, and fills a source: each mailbox holds two messages from
     * LPs, one from a stranger and one from a colleague, then the three messages an LP sent to the whole team,
     * in opposite orders in even and odd mailboxes, then nothing more. Pages of three.
     */
    private static InMemoryMailboxSource fiftyMailboxes(Stores stores) {
        List<Contact> lps = IntStream.range(0, 5)
                .mapToObj(lp -> Contact.of("LP " + lp, "partner@lp" + lp + ".example"))
                .toList();
        lps.forEach(stores.contacts()::add);
        InMemoryMailboxSource source = new InMemoryMailboxSource();
        for (int i = 0; i < MAILBOXES; i++) {
            String mailbox = String.format("member%02d@fund.example", i);
            stores.mailboxes().register(MailboxAccount.of(mailbox));
            source.add(mail(mailbox, "from-lp", "partner@lp" + i % 5 + ".example"));
            source.add(mail(mailbox, "stranger", "someone" + i + "@elsewhere.example"));
            source.add(mail(mailbox, "colleague", "colleague@fund.example"));
            List<Integer> order = i % 2 == 0 ? List.of(1, 2, 3) : List.of(3, 2, 1);
            for (int shared : order) {
                source.add(MessageFixtures.full(MessageRef.of(mailbox, "shared-" + shared + "-" + i, "t-shared"))
                        .messageId("<shared-" + shared + "@lp0.example>")
                        .subject("Team update " + shared)
                        .from(Participant.of("partner@lp0.example"))
                        .to(Participant.of("team@fund.example"))
                        .build());
            }
            source.add(mail(mailbox, "from-another-lp", "partner@lp" + (i + 1) % 5 + ".example"));
        }
        return source;
    }

    private static ParsedMessage mail(String mailbox, String what, String from) {
        String gmailId = what + "-" + mailbox.substring(0, mailbox.indexOf('@'));
        return MessageFixtures.full(MessageRef.of(mailbox, gmailId, "t-" + gmailId))
                .messageId("<" + gmailId + "@mail.example>")
                .from(Participant.of(from))
                .to(Participant.of(mailbox))
                .build();
    }
}
