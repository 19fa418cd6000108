package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import java.util.List;

/**
 * Where captured mail comes from: a Gmail mailbox through domain-wide delegation, or a Takeout export.
 *
 * <p>Read-only. Implementations are thread-safe for different mailboxes; one mailbox is synced by one caller
 * at a time. Failures that concern the whole mailbox throw {@link CaptureException}; a single unreadable
 * message is a {@link FetchedMessage.Unparseable} result instead, so the sync goes on.
 */
public interface MailboxSource {

    /**
     * The messages the mailbox gained after {@code since} ({@link Checkpoint#START}: all of them, within the
     * source's backfill window), one page of at most {@code pageSize}. Listing the same checkpoint again
     * gives the same messages (a later page may hold more).
     *
     * @throws CaptureException with {@link CaptureException.Kind#HISTORY_EXPIRED} when the checkpoint is too
     *     old to continue from: the caller starts over from {@link Checkpoint#START}
     */
    ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize);

    /**
     * The mailbox's messages that match the search (an address or domain in From, To or Cc), within the source's
     * backfill window, one page of at most {@code pageSize}; {@code since} is this search's own paging cursor
     * ({@link Checkpoint#START} for the first page, then the page's {@code next}), never the mailbox's sync
     * checkpoint. Searching again gives the same messages, and any that arrived since. Read-only: it moves no
     * checkpoint.
     *
     * @throws CaptureException like {@link #changes}, except that a search cursor never expires
     */
    ChangePage search(Mailbox mailbox, MailSearch search, Checkpoint since, int pageSize);

    /**
     * Reads the messages' headers and labels only ({@code Detail.HEADERS}): never bodies. One result per
     * ref, in the order given.
     */
    List<FetchedMessage> fetchHeaders(Mailbox mailbox, List<MessageRef> refs);

    /**
     * Reads one message in full: text excerpt and attachment metadata (never attachment content). Called
     * only for messages that yield a proposal.
     */
    FetchedMessage fetchFull(MessageRef ref);
}
