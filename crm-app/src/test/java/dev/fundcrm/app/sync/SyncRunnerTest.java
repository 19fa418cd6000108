package dev.fundcrm.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.in.BackfillContact;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.ContactBackfill;
import dev.fundcrm.domain.service.LeasedSync;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoSync;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SyncRunnerTest {

    private static final Mailbox ALICE = Mailbox.of(DemoFund.ALICE);
    private static final Mailbox BOB = Mailbox.of(DemoFund.BOB);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(DemoSync.SYNC_TIME);
    private final Stores stores = DemoSync.seeded(InMemoryStores.create());
    private final GatedSource source = new GatedSource(DemoSync.source(), ALICE);
    private final AtomicLong units = new AtomicLong();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Optional<SendDailyDigest.Outcome> digestOutcome = Optional.empty();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private SyncRunner runner;

    @BeforeEach
    void setUp() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(SyncRunner.class)).addAppender(logs);
        MailboxSync sync = new MailboxSync(source, stores,
                new MessageTriage(DemoFund.settings().fundDomains(), stores.contacts()), clock, DemoSync.PAGE_SIZE);
        runner = new SyncRunner(new LeasedSync(sync, stores, clock, "instance-a", LEASE), stores.mailboxes(),
                () -> digestOutcome, new ContactBackfill(sync, stores), mailbox -> units.get(), clock,
                Duration.ofMinutes(5), 2, new SyncMetrics(metrics));
    }

    @AfterEach
    void tearDown() {
        source.release.countDown();
        runner.close();
        ((Logger) LoggerFactory.getLogger(SyncRunner.class)).detachAppender(logs);
    }

    @Test
    void aTickSyncsEveryActiveMailboxAndLogsOneLinePerSync() throws Exception {
        source.release.countDown();

        Map<Mailbox, SyncOutcome> outcomes = runner.tick().get(30, TimeUnit.SECONDS);

        assertThat(outcomes).containsOnlyKeys(ALICE, BOB).allSatisfy((mailbox, outcome) ->
                assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class));
        assertThat(stores.proposals().countPending()).isPositive();
        assertThat(logLines()).anySatisfy(line -> assertThat(line)
                .startsWith("sync mailbox=alice@northwind.vc outcome=completed messages=23 ")
                .contains(" proposals=", " units=0 ", " durationMs="));
        assertThat(logLines()).filteredOn(line -> line.startsWith("sync ")).hasSize(2);
        assertThat(metrics.counter("fundcrm.syncs", "outcome", "completed").count()).isEqualTo(2);
        assertThat(metrics.counter("fundcrm.sync.messages").count()).isEqualTo(36);
        assertThat(runner.running()).isEmpty();
    }

    @Test
    void pausedMailboxesAndMailboxesLeasedByAnotherInstanceAreLeftAlone() throws Exception {
        source.release.countDown();
        stores.mailboxes().register(DemoFund.bobMailbox().withPaused(true));
        stores.leases().claim(ALICE, "instance-b", clock.instant(), LEASE);

        Map<Mailbox, SyncOutcome> outcomes = runner.tick().get(30, TimeUnit.SECONDS);

        assertThat(outcomes).containsOnlyKeys(ALICE);
        assertThat(outcomes.get(ALICE)).isInstanceOf(SyncOutcome.LeasedElsewhere.class);
        assertThat(source.listings()).isZero();
    }

    @Test
    void aRunningSyncShowsItsProgressAndASecondRequestForItIsDropped() throws Exception {
        CompletableFuture<Map<Mailbox, SyncOutcome>> tick = runner.tick();
        assertThat(source.secondPageAsked.await(30, TimeUnit.SECONDS)).isTrue();
        clock.advance(Duration.ofSeconds(10));
        units.set(120);

        SyncProgress progress = runner.running().get(ALICE.address());

        assertThat(progress.done()).isEqualTo(DemoSync.PAGE_SIZE);
        assertThat(progress.estimatedTotal()).isEqualTo(23);
        assertThat(progress.messagesPerSecond()).isEqualTo(0.5);
        assertThat(progress.quotaUnits()).isEqualTo(120);
        assertThat(progress.timeLeft()).contains(Duration.ofSeconds(36));
        assertThat(runner.syncNow(ALICE)).isEmpty();

        source.release.countDown();
        assertThat(tick.get(30, TimeUnit.SECONDS).get(ALICE)).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("sync mailbox=alice@northwind.vc")
                .contains("units=120", "durationMs=10000"));
    }

    @Test
    void stoppingLetsTheSyncStoreThePageInHandWithItsCheckpointAndStop() throws Exception {
        CompletableFuture<Map<Mailbox, SyncOutcome>> tick = runner.tick();
        assertThat(source.secondPageAsked.await(30, TimeUnit.SECONDS)).isTrue();

        runner.requestStop();
        source.release.countDown();
        SyncOutcome outcome = tick.get(30, TimeUnit.SECONDS).get(ALICE);

        assertThat(outcome).isInstanceOf(SyncOutcome.RetryLater.class);
        assertThat(logs.list).filteredOn(event -> event.getFormattedMessage().startsWith("sync mailbox=alice"))
                .singleElement().satisfies(event -> assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN));
        assertThat(stores.mailboxes().state(ALICE).checkpoint()).isEqualTo(new Checkpoint("10"));
        assertThat(stores.leases().claim(ALICE, "instance-b", clock.instant(), LEASE)).isTrue();
        assertThat(runner.syncNow(BOB)).isEmpty();
        assertThat(runner.tick().get(30, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void syncNowSyncsOneMailboxThroughItsLease() throws Exception {
        source.release.countDown();

        SyncOutcome outcome = runner.syncNow(BOB).orElseThrow().get(30, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(stores.mailboxes().state(BOB).checkpoint().isStart()).isFalse();
        assertThat(stores.mailboxes().state(ALICE).checkpoint().isStart()).isTrue();
    }

    @Test
    void aBackfillSearchesEveryMailboxInTheBackground() throws Exception {
        source.release.countDown();
        var command = new BackfillContact.Command(MailSearch.forDomains(List.of("globex.com")));

        Map<Mailbox, SyncOutcome> outcomes = runner.backfill(command).get(30, TimeUnit.SECONDS);

        assertThat(outcomes).containsOnlyKeys(ALICE, BOB);
        assertThat(outcomes.get(ALICE)).isInstanceOfSatisfying(SyncOutcome.Completed.class,
                completed -> assertThat(completed.report().listed()).isPositive());
        assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("backfill mailbox=alice@northwind.vc"));
    }

    @Test
    void aBackfillRequestReturnsAtOnceAndNeverThrowsEvenWhenStopping() throws Exception {
        source.release.countDown();
        runner.requestBackfill(MailSearch.forDomains(List.of("initech.edu")));
        runner.close();

        runner.requestBackfill(MailSearch.forDomains(List.of("globex.com")));

        assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("backfill mailbox=alice@northwind.vc"))
                .contains("backfill not run: the instance is stopping");
    }

    @Test
    void theDigestTickDelegatesAndLogsWhatHappened() {
        assertThat(runner.digestTick()).isEmpty();

        digestOutcome = Optional.of(new SendDailyDigest.Outcome.Delivered("gmail"));
        assertThat(runner.digestTick()).contains(new SendDailyDigest.Outcome.Delivered("gmail"));
        assertThat(logLines()).contains("digest outcome=delivered transport=gmail");
        assertThat(metrics.counter("fundcrm.digest.sends", "outcome", "delivered").count()).isEqualTo(1);
    }

    @Test
    void requestSyncTakesAnAddress() throws Exception {
        runner.requestSync(EmailAddress.of(DemoFund.ALICE));
        assertThat(source.secondPageAsked.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.running()).containsOnlyKeys(ALICE.address());
    }

    private List<String> logLines() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
