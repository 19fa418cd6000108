package dev.fundcrm.domain.testkit;

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
import dev.fundcrm.domain.port.out.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Captured messages in memory: sightings per mailbox copy, content per key, quarantined copies. A copy is
 * identified by (mailbox, Gmail id); the first record of a copy wins. A quarantined copy's disposition is
 * {@link Disposition#QUARANTINED}. Messages without a sent date are never "captured since" anything.
 * Thread-safe: every method is synchronized.
 */
public final class InMemoryMessages implements Messages {

    private record Copy(Mailbox mailbox, GmailMessageId messageId) {
        static Copy of(MessageRef ref) {
            return new Copy(ref.mailbox(), ref.messageId());
        }
    }

    private record Sighting(MessageKey key, MessageRef ref, Disposition disposition) {
    }

    /** In recording order, which {@link #inThread} answers in. */
    private final Map<Copy, Sighting> sightings = new LinkedHashMap<>();
    private final Map<MessageKey, List<MessageRef>> sightingsByKey = new HashMap<>();
    private final Map<MessageKey, ParsedMessage> contents = new HashMap<>();
    /** Insertion order breaks ties between copies quarantined at the same instant. */
    private final Map<Copy, Quarantined> quarantined = new LinkedHashMap<>();

    @Override
    public synchronized void recordSighting(MessageKey key, MessageRef ref, Disposition disposition) {
        if (sightings.putIfAbsent(Copy.of(ref), new Sighting(key, ref, disposition)) == null) {
            sightingsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
        }
    }

    @Override
    public synchronized boolean storeContent(MessageKey key, ParsedMessage content) {
        return contents.putIfAbsent(key, content) == null;
    }

    @Override
    public synchronized void quarantine(Quarantined message) {
        quarantined.putIfAbsent(Copy.of(message.ref()), message);
    }

    @Override
    public synchronized Set<GmailMessageId> knownIds(Mailbox mailbox, Collection<GmailMessageId> ids) {
        Set<GmailMessageId> known = new LinkedHashSet<>();
        for (GmailMessageId id : ids) {
            Copy copy = new Copy(mailbox, id);
            if (sightings.containsKey(copy) || quarantined.containsKey(copy)) {
                known.add(id);
            }
        }
        return known;
    }

    @Override
    public synchronized boolean hasContent(MessageKey key) {
        return contents.containsKey(key);
    }

    @Override
    public synchronized Optional<StoredMessage> find(MessageKey key) {
        return Optional.ofNullable(contents.get(key)).map(content -> stored(key, content));
    }

    @Override
    public synchronized List<MessageRef> sightings(MessageKey key) {
        return List.copyOf(sightingsByKey.getOrDefault(key, List.of()));
    }

    @Override
    public synchronized Optional<Disposition> disposition(MessageRef ref) {
        Copy copy = Copy.of(ref);
        Sighting sighting = sightings.get(copy);
        if (sighting != null) {
            return Optional.of(sighting.disposition());
        }
        return quarantined.containsKey(copy) ? Optional.of(Disposition.QUARANTINED) : Optional.empty();
    }

    @Override
    public synchronized List<ThreadEntry> inThread(Mailbox mailbox, GmailThreadId thread, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a thread's limit is at least 1, was " + limit);
        }
        Set<MessageKey> seen = new HashSet<>();
        List<ThreadEntry> entries = new ArrayList<>();
        for (Sighting sighting : sightings.values()) {
            MessageRef ref = sighting.ref();
            if (entries.size() < limit && ref.mailbox().equals(mailbox) && ref.threadId().equals(thread)
                    && seen.add(sighting.key())) {
                ParsedMessage content = contents.get(sighting.key());
                entries.add(new ThreadEntry(sighting.key(), ref, sighting.disposition(),
                        content == null ? null : stored(sighting.key(), content)));
            }
        }
        return List.copyOf(entries);
    }

    @Override
    public synchronized List<StoredMessage> capturedSince(Instant since) {
        return contents.entrySet().stream()
                .filter(entry -> entry.getValue().sentAt().map(sent -> !sent.isBefore(since)).orElse(false))
                .sorted(Comparator.comparing((Map.Entry<MessageKey, ParsedMessage> entry) ->
                                entry.getValue().sentAtOrNull())
                        .thenComparing(entry -> entry.getKey().value()))
                .map(entry -> stored(entry.getKey(), entry.getValue()))
                .toList();
    }

    @Override
    public synchronized List<Quarantined> quarantined(int limit) {
        List<Quarantined> newestFirst = new ArrayList<>(quarantined.values());
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(Quarantined::at).reversed());
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    private StoredMessage stored(MessageKey key, ParsedMessage content) {
        return new StoredMessage(key, content, sightingsByKey.getOrDefault(key, List.of()));
    }
}
