package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.CaptureBatch;

/**
 * Writes a sync page's results in one transaction: sightings, message content, proposals and quarantined
 * copies. Idempotent as a whole and per row (a row already there is left alone), so a page written again
 * after a crash changes nothing. Thread-safe; batched where the store can batch.
 */
public interface Captures {

    /** @return how many of the batch's proposals were new */
    int store(CaptureBatch batch);
}
