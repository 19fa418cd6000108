package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.ThreadEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Captured messages. Data minimization is this store's shape: a message that yields no proposal is only a
 * sighting (identifiers and a disposition); content is stored only through {@link #storeContent}, which
 * capture calls for messages that yield a proposal. Every write is idempotent. Thread-safe.
 */
public interface Messages {

    /**
     * Records that a mailbox holds a message. Idempotent per (mailbox, Gmail id): the first record wins, so
     * a re-run changes nothing.
     */
    void recordSighting(MessageKey key, MessageRef ref, Disposition disposition);

    /**
     * Stores a message's content (FULL detail) once per key; later calls with the same key change nothing
     * and return false.
     */
    boolean storeContent(MessageKey key, ParsedMessage content);

    /** Keeps an unparseable message for an admin, once per (mailbox, Gmail id). */
    void quarantine(Quarantined message);

    /** Which of the ids this mailbox has already seen (sighted or quarantined). */
    Set<GmailMessageId> knownIds(Mailbox mailbox, Collection<GmailMessageId> ids);

    /** Whether content is stored for the key. */
    boolean hasContent(MessageKey key);

    /** A message with content, and all its sightings. Empty for an unknown key or one kept as identifiers only. */
    Optional<StoredMessage> find(MessageKey key);

    /**
     * {@link #find} for many keys at once (a page of the review queue shows up to 200 messages): the messages of
     * those keys that have content, each once, in no particular order. Stores should answer it in a few reads;
     * this default asks {@link #find} key by key.
     */
    default List<StoredMessage> findAll(Collection<MessageKey> keys) {
        return keys.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Every sighting of a key, content or not, in the order they were recorded. */
    List<MessageRef> sightings(MessageKey key);

    /** The disposition recorded for a mailbox copy, if it was seen. */
    Optional<Disposition> disposition(MessageRef ref);

    /**
     * The messages seen in one mailbox's Gmail thread (a thread id means something only within its mailbox),
     * in the order their copies were recorded, at most {@code limit}: a captured one with its content and every
     * sighting, any other as identifiers only. A message with two copies in the thread appears once, as its
     * first copy. Quarantined copies are not part of it. Empty for a thread never seen.
     *
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    List<ThreadEntry> inThread(Mailbox mailbox, GmailThreadId thread, int limit);

    /** Messages with content sent at or after {@code since}, oldest first. */
    List<StoredMessage> capturedSince(Instant since);

    /** Quarantined messages, newest first, at most {@code limit}. */
    List<Quarantined> quarantined(int limit);
}
