package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.model.SkipReason;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.model.Triage;
import dev.fundcrm.domain.port.in.SyncMailbox;
import dev.fundcrm.domain.port.out.CaptureException;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sync use case, and the walk of a contact backfill's search through the same per-page capture. Per page: skip what this mailbox already saw, read the rest at headers level, triage,
 * read in full only what matches, store the page's results as one batch, and only then move the
 * checkpoint. A crash anywhere loses nothing (the page is listed again) and duplicates nothing
 * (what was stored is known, and every write is idempotent).
 */
public final class MailboxSync implements SyncMailbox {

    /** Messages listed per page: one checkpoint per page. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private final MailboxSource source;
    private final Stores stores;
    private final MessageTriage triage;
    private final Clock clock;
    private final int pageSize;

    public MailboxSync(MailboxSource source, Stores stores, MessageTriage triage, Clock clock, int pageSize) {
        this.source = source;
        this.stores = stores;
        this.triage = triage;
        this.clock = clock;
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Told after each page is stored and its checkpoint saved; may throw to stop the sync there. */
    @FunctionalInterface
    public interface PageListener {
        PageListener NONE = (mailbox, soFar) -> { };

        void pageStored(Mailbox mailbox, SyncReport soFar);
    }

    @Override
    public SyncOutcome sync(Mailbox mailbox) {
        return sync(mailbox, PageListener.NONE);
    }

    /** As {@link #sync(Mailbox)}, telling the listener after every stored page (progress, lease renewal). */
    public SyncOutcome sync(Mailbox mailbox, PageListener listener) {
        return whenSyncable(mailbox, account -> {
            SyncCounts counts = new SyncCounts();
            try {
                Checkpoint checkpoint = stores.mailboxes().state(mailbox).checkpoint();
                runPages(account, checkpoint, counts, listener);
            } catch (CaptureException e) {
                return failed(mailbox, e);
            }
            SyncState before = stores.mailboxes().state(mailbox);
            stores.mailboxes().saveState(before.succeeded(clock.instant(), counts.listed, counts.newMessages()));
            return new SyncOutcome.Completed(counts.toReport());
        });
    }

    /** Runs the work for a registered, unpaused mailbox; otherwise says why not. */
    private SyncOutcome whenSyncable(Mailbox mailbox, Function<MailboxAccount, SyncOutcome> work) {
        Optional<MailboxAccount> account = stores.mailboxes().find(mailbox);
        if (account.isEmpty()) {
            return new SyncOutcome.NotRegistered(mailbox);
        }
        if (account.get().paused()) {
            return new SyncOutcome.Paused();
        }
        return work.apply(account.get());
    }

    /**
     * Searches the mailbox and captures what the search finds through the same per-page pipeline as a sync,
     * paging with the search's own cursor: the mailbox's sync checkpoint and state are left as they were.
     * Messages seen before and left unmatched are triaged again (the contact is new); any other message already
     * seen is skipped, so running it twice creates nothing the second time.
     */
    public SyncOutcome backfill(Mailbox mailbox, MailSearch search) {
        return whenSyncable(mailbox, account -> {
            SyncCounts counts = new SyncCounts();
            List<BlockEntry> blocklist = stores.blocklist().entries();
            Checkpoint cursor = Checkpoint.START;
            boolean more = true;
            try {
                while (more) {
                    ChangePage page = source.search(mailbox, search, cursor, pageSize);
                    capturePage(account, page, blocklist, counts, true);
                    cursor = page.next();
                    more = page.hasMore();
                }
            } catch (CaptureException e) {
                return e.kind() == CaptureException.Kind.PERMISSION
                        ? new SyncOutcome.PermissionDenied(e.getMessage())
                        : new SyncOutcome.RetryLater(e.getMessage());
            }
            return new SyncOutcome.Completed(counts.toReport());
        });
    }

    private void runPages(MailboxAccount account, Checkpoint start, SyncCounts counts, PageListener listener) {
        Mailbox mailbox = account.mailbox();
        Checkpoint checkpoint = start;
        List<BlockEntry> blocklist = stores.blocklist().entries();
        boolean more = true;
        while (more) {
            ChangePage page;
            try {
                page = source.changes(mailbox, checkpoint, pageSize);
            } catch (CaptureException e) {
                if (e.kind() != CaptureException.Kind.HISTORY_EXPIRED || checkpoint.isStart()) {
                    throw e;
                }
                counts.restarted = true;
                checkpoint = Checkpoint.START;
                continue;
            }
            capturePage(account, page, blocklist, counts, false);
            stores.mailboxes().saveCheckpoint(mailbox, page.next());
            listener.pageStored(mailbox, counts.toReport());
            checkpoint = page.next();
            more = page.hasMore();
        }
    }

    /** The one per-page pipeline of syncs and backfills; a backfill triages unmatched messages again. */
    private void capturePage(MailboxAccount account, ChangePage page, List<BlockEntry> blocklist,
                             SyncCounts counts, boolean retriageUnmatched) {
        counts.pages++;
        counts.listed += page.refs().size();
        counts.estimatedTotal = page.estimatedTotal();
        Set<GmailMessageId> known = stores.messages().knownIds(account.mailbox(),
                page.refs().stream().map(MessageRef::messageId).toList());
        List<MessageRef> fresh = page.refs().stream().filter(ref -> !known.contains(ref.messageId())
                || retriageUnmatched && stores.messages().disposition(ref).orElse(null) == Disposition.UNMATCHED)
                .toList();
        counts.alreadyKnown += page.refs().size() - fresh.size();
        if (fresh.isEmpty()) {
            return;
        }
        PageWriter writer = new PageWriter(counts);
        for (FetchedMessage fetched : source.fetchHeaders(account.mailbox(), fresh)) {
            if (fetched instanceof FetchedMessage.Parsed parsed) {
                captureOne(account, parsed.message(), blocklist, writer);
            } else if (fetched instanceof FetchedMessage.Unparseable unparseable) {
                writer.quarantine(unparseable);
            } else {
                counts.vanished++;
            }
        }
        counts.proposalsCreated += stores.captures().store(writer.batch());
    }

    private void captureOne(MailboxAccount account, ParsedMessage headers, List<BlockEntry> blocklist,
                            PageWriter writer) {
        MessageKey key = headers.key();
        Triage verdict = triage.classify(headers, account, blocklist);
        if (verdict instanceof Triage.Skip skip) {
            writer.skip(key, headers.ref(), skip.reason());
            return;
        }
        ParsedMessage content = null;
        if (!writer.hasContent(key) && !stores.messages().hasContent(key)) {
            FetchedMessage full = source.fetchFull(headers.ref());
            if (full instanceof FetchedMessage.Unparseable unparseable) {
                writer.quarantine(unparseable);
                return;
            }
            if (!(full instanceof FetchedMessage.Parsed parsed)) {
                writer.counts.vanished++;
                return;
            }
            content = parsed.message();
        }
        Instant now = clock.instant();
        Instant occurredAt = headers.sentAt().orElse(now);
        List<Proposal> proposals = ((Triage.Relevant) verdict).matches().stream()
                .map(match -> Proposal.pending(key, match, occurredAt, now))
                .toList();
        writer.capture(new CaptureBatch.Captured(key, headers.ref(), content, proposals));
    }

    /** Collects one page's results; confined to the syncing thread. */
    private final class PageWriter {
        private final SyncCounts counts;
        private final List<CaptureBatch.Sighting> skipped = new ArrayList<>();
        private final List<CaptureBatch.Captured> captured = new ArrayList<>();
        private final List<Quarantined> quarantined = new ArrayList<>();
        private final Set<MessageKey> withContent = new HashSet<>();

        PageWriter(SyncCounts counts) {
            this.counts = counts;
        }

        boolean hasContent(MessageKey key) {
            return withContent.contains(key);
        }

        void skip(MessageKey key, MessageRef ref, SkipReason reason) {
            skipped.add(new CaptureBatch.Sighting(key, ref, reason.disposition()));
            counts.skipped(reason);
        }

        void capture(CaptureBatch.Captured message) {
            captured.add(message);
            if (message.contentOrNull() != null) {
                withContent.add(message.key());
            }
            counts.captured++;
        }

        void quarantine(FetchedMessage.Unparseable message) {
            quarantined.add(new Quarantined(message.ref(), message.reason(), message.partial(), clock.instant()));
            counts.quarantined++;
        }

        CaptureBatch batch() {
            return new CaptureBatch(skipped, captured, quarantined);
        }
    }

    private SyncOutcome failed(Mailbox mailbox, CaptureException e) {
        boolean permission = e.kind() == CaptureException.Kind.PERMISSION;
        SyncState state = stores.mailboxes().state(mailbox);
        stores.mailboxes().saveState(state.failed(clock.instant(),
                permission ? SyncStatus.NEEDS_ATTENTION : SyncStatus.RETRYING, e.getMessage()));
        return permission ? new SyncOutcome.PermissionDenied(e.getMessage()) : new SyncOutcome.RetryLater(e.getMessage());
    }
}
