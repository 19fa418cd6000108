package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.CaptureException;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Mailboxes in memory, listed in the order messages were added. A checkpoint is the number of a mailbox's
 * messages already listed, as a decimal string. A removed message stays listed, so checkpoints stay valid,
 * but reading it gives {@link FetchedMessage.Vanished}. Counts what was read at each level, so tests can
 * check that only matching messages are read in full. Thread-safe: every method is synchronized.
 */
public final class InMemoryMailboxSource implements MailboxSource {

    private record Copy(Mailbox mailbox, GmailMessageId messageId) {
        static Copy of(MessageRef ref) {
            return new Copy(ref.mailbox(), ref.messageId());
        }
    }

    private final Map<Mailbox, List<MessageRef>> listings = new HashMap<>();
    private final Set<Copy> listed = new HashSet<>();
    /** What reading a listed, not removed message gives at FULL detail: Parsed or Unparseable. */
    private final Map<Copy, FetchedMessage> readable = new HashMap<>();
    private final Map<Mailbox, CaptureException> failures = new HashMap<>();
    private final Set<Mailbox> expiryReported = new HashSet<>();
    private final List<MessageRef> fullyFetched = new ArrayList<>();
    private boolean checkpointsExpired;
    private int headerFetches;
    private int searches;

    /** Adds a message, at FULL detail, to the end of its mailbox ({@code message.ref().mailbox()}). */
    public synchronized void add(ParsedMessage message) {
        if (message.detail() != ParsedMessage.Detail.FULL) {
            throw new IllegalArgumentException("add messages at FULL detail; " + message.ref() + " is "
                    + message.detail());
        }
        list(message.ref(), new FetchedMessage.Parsed(message));
    }

    /** Adds a message that the source cannot parse: reading it gives {@link FetchedMessage.Unparseable}. */
    public synchronized void addUnparseable(MessageRef ref, String reason, String partial) {
        list(ref, new FetchedMessage.Unparseable(ref, reason, partial));
    }

    /** Deletes a message: it stays listed, but a later fetch gives {@link FetchedMessage.Vanished}. */
    public synchronized void remove(MessageRef ref) {
        if (readable.remove(Copy.of(ref)) == null) {
            throw new IllegalArgumentException("no message " + ref + " to remove");
        }
    }

    /** Every mailbox's next {@code changes} from a checkpoint other than START throws HISTORY_EXPIRED, once. */
    public synchronized void expireCheckpoints() {
        checkpointsExpired = true;
        expiryReported.clear();
    }

    /** Every {@code changes} of the mailbox throws the failure until {@link #clearFailure}. */
    public synchronized void failWith(Mailbox mailbox, CaptureException failure) {
        failures.put(mailbox, Objects.requireNonNull(failure, "failure"));
    }

    public synchronized void clearFailure(Mailbox mailbox) {
        failures.remove(mailbox);
    }

    /** How many messages were read at headers level, counting each ref of each call. */
    public synchronized int headerFetches() {
        return headerFetches;
    }

    /** How many messages were read in full. */
    public synchronized int fullFetches() {
        return fullyFetched.size();
    }

    /** The refs read in full, in call order. */
    public synchronized List<MessageRef> fullyFetched() {
        return List.copyOf(fullyFetched);
    }

    /**
     * Every listed message as reading it in full would give now (Parsed, Unparseable or, once removed, Vanished),
     * mailbox by mailbox in listing order; not counted as a read. For tests that check what the stores hold.
     */
    public synchronized List<FetchedMessage> contents() {
        return listings.values().stream()
                .flatMap(List::stream)
                .map(ref -> read(ref, ParsedMessage.Detail.FULL))
                .toList();
    }

    @Override
    public synchronized ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + pageSize);
        }
        CaptureException failure = failures.get(mailbox);
        if (failure != null) {
            throw failure;
        }
        if (!since.isStart() && checkpointsExpired && expiryReported.add(mailbox)) {
            throw new CaptureException(CaptureException.Kind.HISTORY_EXPIRED,
                    "checkpoint " + since.value() + " of " + mailbox + " has expired");
        }
        List<MessageRef> listing = listings.getOrDefault(mailbox, List.of());
        int from = position(since, listing.size());
        int to = Math.min(listing.size(), from + pageSize);
        return new ChangePage(listing.subList(from, to), new Checkpoint(Integer.toString(to)), to < listing.size(),
                listing.size());
    }

    /** Filters the mailbox's listing by the search; the cursor is the number of matches already given. */
    @Override
    public synchronized ChangePage search(Mailbox mailbox, MailSearch search, Checkpoint since, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + pageSize);
        }
        CaptureException failure = failures.get(mailbox);
        if (failure != null) {
            throw failure;
        }
        searches++;
        List<MessageRef> found = listings.getOrDefault(mailbox, List.of()).stream()
                .filter(ref -> readable.get(Copy.of(ref)) instanceof FetchedMessage.Parsed parsed
                        && search.matches(parsed.message()))
                .toList();
        int from = position(since, found.size());
        int to = Math.min(found.size(), from + pageSize);
        return new ChangePage(found.subList(from, to), new Checkpoint(Integer.toString(to)), to < found.size(),
                found.size());
    }

    /** How many search pages were asked for. */
    public synchronized int searches() {
        return searches;
    }

    @Override
    public synchronized List<FetchedMessage> fetchHeaders(Mailbox mailbox, List<MessageRef> refs) {
        headerFetches += refs.size();
        return refs.stream().map(ref -> read(ref, ParsedMessage.Detail.HEADERS)).toList();
    }

    @Override
    public synchronized FetchedMessage fetchFull(MessageRef ref) {
        fullyFetched.add(ref);
        return read(ref, ParsedMessage.Detail.FULL);
    }

    private void list(MessageRef ref, FetchedMessage content) {
        if (!listed.add(Copy.of(ref))) {
            throw new IllegalArgumentException("the mailbox already holds " + ref);
        }
        readable.put(Copy.of(ref), content);
        listings.computeIfAbsent(ref.mailbox(), mailbox -> new ArrayList<>()).add(ref);
    }

    private FetchedMessage read(MessageRef ref, ParsedMessage.Detail detail) {
        FetchedMessage content = readable.get(Copy.of(ref));
        if (content == null) {
            return new FetchedMessage.Vanished(ref);
        }
        if (content instanceof FetchedMessage.Parsed parsed && detail == ParsedMessage.Detail.HEADERS) {
            return new FetchedMessage.Parsed(parsed.message().headersOnly());
        }
        return content;
    }

    private static int position(Checkpoint checkpoint, int listed) {
        if (checkpoint.isStart()) {
            return 0;
        }
        try {
            int position = Integer.parseInt(checkpoint.value());
            if (position >= 0 && position <= listed) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below with the checkpoint
        }
        throw new IllegalArgumentException("not a checkpoint of this source: '" + checkpoint.value() + "'");
    }
}
