package dev.fundcrm.domain.model;

/**
 * What one sync of a mailbox did. {@code listed} counts every message the source listed; the others split
 * the new ones by what became of them.
 *
 * @param restartedAfterExpiredHistory the checkpoint was too old and capture started over (duplicates are
 *                                     impossible: stores are idempotent)
 */
public record SyncReport(int pages, int listed, int alreadyKnown, int captured, int skippedInternal,
                         int skippedAutomated, int skippedBlocklisted, int unmatched, int quarantined,
                         int vanished, int proposalsCreated, long estimatedTotal,
                         boolean restartedAfterExpiredHistory) {

    public int newMessages() {
        return captured + skippedInternal + skippedAutomated + skippedBlocklisted + unmatched + quarantined + vanished;
    }
}
