package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.BlockEntry;
import java.util.List;

/** Addresses and domains whose mail is never captured. Thread-safe. */
public interface Blocklist {

    /** Adds an entry; adding one already there changes nothing. */
    void add(BlockEntry entry);

    /** Removes an entry; true if it was there. */
    boolean remove(BlockEntry entry);

    /** All entries, by key. */
    List<BlockEntry> entries();
}
