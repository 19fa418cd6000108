package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.in.BackfillContact;
import dev.fundcrm.domain.port.in.DeliverDueDigest;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.out.Mailboxes;
import dev.fundcrm.domain.service.LeasedSync;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The scheduler: every interval, syncs each active mailbox under a lease (several instances on one database
 * share the mailboxes: a mailbox leased elsewhere is skipped), on a bounded pool; runs "sync now" requests and
 * contact backfills on the same pool; ticks the daily digest every minute (the digest itself keeps to one a
 * day across instances). A mailbox is synced by one worker at a time: a tick or request for a mailbox already
 * queued or running here is dropped. Each sync ends with one structured log line.
 *
 * <p>{@link #tick()} and {@link #digestTick()} run one round on demand (tests call them; {@link #start()}
 * schedules them). {@link #close()} stops gracefully: running syncs finish the page in hand, store it and its
 * checkpoint, and stop. Thread-safe.
 */
public final class SyncRunner implements SyncControl, AutoCloseable {

    /** How long {@link #close()} waits for syncs to store the page in hand. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final LeasedSync sync;
    private final Mailboxes mailboxes;
    private final DeliverDueDigest digest;
    private final BackfillContact backfill;
    private final QuotaMeter quota;
    private final Clock clock;
    private final Duration interval;
    private final ExecutorService workers;
    private final SyncMetrics metrics;
    private final Map<Mailbox, RunningSync> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private Ticks ticks;

    public SyncRunner(LeasedSync sync, Mailboxes mailboxes, DeliverDueDigest digest, BackfillContact backfill,
                      QuotaMeter quota, Clock clock, Duration interval, int threads, SyncMetrics metrics) {
        this.sync = sync;
        this.mailboxes = mailboxes;
        this.digest = digest;
        this.backfill = backfill;
        this.quota = quota;
        this.clock = clock;
        this.interval = interval;
        this.workers = Executors.newFixedThreadPool(threads, new DaemonThreads("fundcrm-sync"));
        this.metrics = metrics;
    }

    /** Schedules the sync tick every interval (the first at once) and the digest tick every minute. */
    public synchronized void start() {
        if (ticks != null) {
            throw new IllegalStateException("the sync runner is already started");
        }
        ticks = new Ticks(this::tick, interval, this::digestTick);
    }

    /** Queues a sync of every unpaused mailbox not already queued or running here; completes when they end. */
    public CompletableFuture<Map<Mailbox, SyncOutcome>> tick() {
        Map<Mailbox, CompletableFuture<SyncOutcome>> queued = new LinkedHashMap<>();
        for (MailboxAccount account : mailboxes.all()) {
            if (!account.paused()) {
                submit(account.mailbox()).ifPresent(future -> queued.put(account.mailbox(), future));
            }
        }
        return CompletableFuture.allOf(queued.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<Mailbox, SyncOutcome> outcomes = new LinkedHashMap<>();
            queued.forEach((mailbox, future) -> outcomes.put(mailbox, future.join()));
            return outcomes;
        });
    }

    /** Sends today's digest if it is due and not yet sent (by any instance). */
    public Optional<SendDailyDigest.Outcome> digestTick() {
        Optional<SendDailyDigest.Outcome> outcome = digest.tick();
        outcome.ifPresent(result -> {
            metrics.digest(result);
            if (result instanceof SendDailyDigest.Outcome.Delivered delivered) {
                LOG.info("digest outcome=delivered transport={}", delivered.transport());
            } else if (result instanceof SendDailyDigest.Outcome.Failed failed) {
                LOG.warn("digest outcome=failed reasons={}", failed.reasons());
            }
        });
        return outcome;
    }

    @Override
    public void requestSync(EmailAddress mailbox) {
        syncNow(new Mailbox(mailbox));
    }

    /** Queues a sync of one mailbox; empty if it is already queued or running here. */
    public Optional<CompletableFuture<SyncOutcome>> syncNow(Mailbox mailbox) {
        return submit(mailbox);
    }

    /**
     * Runs a contact backfill (a new contact address or organization domain: every mailbox searched for it) on
     * the workers, so that the caller (the API) answers at once.
     */
    public CompletableFuture<Map<Mailbox, SyncOutcome>> backfill(BackfillContact.Command command) {
        return CompletableFuture.supplyAsync(() -> {
            Map<Mailbox, SyncOutcome> outcomes = backfill.backfill(command);
            outcomes.forEach((mailbox, outcome) ->
                    LOG.info("backfill mailbox={} {}", mailbox, SyncLogLine.of(outcome)));
            return outcomes;
        }, workers);
    }

    /**
     * Asks for a backfill of the search in the background and returns at once, never throwing: a backfill that
     * fails (or is asked for while stopping) is logged, and the next sync or add picks the mail up. The shape of
     * the API's backfill requests ({@code runner::requestBackfill}).
     */
    public void requestBackfill(MailSearch search) {
        try {
            backfill(new BackfillContact.Command(search)).whenComplete((outcomes, failure) -> {
                if (failure != null) {
                    LOG.warn("backfill failed: {}", rootCause(failure).getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("backfill not run: the instance is stopping");
        }
    }

    @Override
    public Map<EmailAddress, SyncProgress> running() {
        Map<EmailAddress, SyncProgress> progress = new LinkedHashMap<>();
        running.forEach((mailbox, sync) -> progress.put(mailbox.address(),
                sync.progress(clock.instant(), quota.unitsSpent(mailbox))));
        return Map.copyOf(progress);
    }

    private Optional<CompletableFuture<SyncOutcome>> submit(Mailbox mailbox) {
        if (stopping) {
            return Optional.empty();
        }
        RunningSync entry = new RunningSync(mailbox, clock.instant(), quota.unitsSpent(mailbox));
        if (running.putIfAbsent(mailbox, entry) != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CompletableFuture.supplyAsync(() -> run(entry, mailbox), workers));
        } catch (RejectedExecutionException e) {
            running.remove(mailbox, entry);
            return Optional.empty();
        }
    }

    private SyncOutcome run(RunningSync entry, Mailbox mailbox) {
        entry.started(clock.instant());
        SyncOutcome outcome;
        try {
            outcome = sync.sync(mailbox, (synced, soFar) -> {
                entry.pageStored(soFar);
                if (stopping) {
                    throw new StopRequested();
                }
            });
        } finally {
            running.remove(mailbox, entry);
        }
        Duration took = Duration.between(entry.startedAt(), clock.instant());
        long units = entry.unitsSince(quota.unitsSpent(mailbox));
        if (!(outcome instanceof SyncOutcome.LeasedElsewhere)) {
            metrics.recorded(outcome, units, took);
            // A sync that did not complete wants an operator's eye: a grant to fix, a store to look at.
            boolean fine = outcome instanceof SyncOutcome.Completed || outcome instanceof SyncOutcome.Paused;
            LOG.atLevel(fine ? Level.INFO : Level.WARN).log("sync mailbox={} {} units={} durationMs={}", mailbox,
                    SyncLogLine.of(outcome), units, took.toMillis());
        }
        return outcome;
    }

    /**
     * Stops scheduling and accepting syncs; each running sync stops once the page in hand is stored with its
     * checkpoint. Returns at once; {@link #close()} waits.
     */
    public void requestStop() {
        stopping = true;
        synchronized (this) {
            if (ticks != null) {
                ticks.close();
            }
        }
    }

    /** {@link #requestStop()}, then waits (up to a grace period) for the running syncs to stop. */
    @Override
    public void close() {
        requestStop();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("syncs still running after {}s: interrupting them", SHUTDOWN_GRACE.toSeconds());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static Throwable rootCause(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    /** Thrown from the page listener once the page is stored, to stop a sync at shutdown. */
    private static final class StopRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopRequested() {
            super("the instance is stopping", null, false, false);
        }
    }
}
