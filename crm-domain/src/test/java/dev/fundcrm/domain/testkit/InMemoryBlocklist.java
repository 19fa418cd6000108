package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.port.out.Blocklist;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** The blocklist in memory, keyed by {@link BlockEntry#key()}. Thread-safe: every method is synchronized. */
public final class InMemoryBlocklist implements Blocklist {

    private final SortedMap<String, BlockEntry> entries = new TreeMap<>();

    @Override
    public synchronized void add(BlockEntry entry) {
        Objects.requireNonNull(entry, "entry");
        entries.putIfAbsent(entry.key(), entry);
    }

    @Override
    public synchronized boolean remove(BlockEntry entry) {
        return entries.remove(entry.key()) != null;
    }

    @Override
    public synchronized List<BlockEntry> entries() {
        return List.copyOf(entries.values());
    }
}
