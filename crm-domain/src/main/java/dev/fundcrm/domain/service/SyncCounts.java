package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.SkipReason;
import dev.fundcrm.domain.model.SyncReport;

/** Mutable tallies of one sync run; confined to the thread running it. */
final class SyncCounts {

    int pages;
    int listed;
    int alreadyKnown;
    int captured;
    int skippedInternal;
    int skippedAutomated;
    int skippedBlocklisted;
    int unmatched;
    int quarantined;
    int vanished;
    int proposalsCreated;
    long estimatedTotal = -1;
    boolean restarted;

    void skipped(SkipReason reason) {
        switch (reason) {
            case INTERNAL_ONLY -> skippedInternal++;
            case AUTOMATED -> skippedAutomated++;
            case BLOCKLISTED -> skippedBlocklisted++;
            case UNMATCHED -> unmatched++;
            default -> throw new IllegalStateException("unknown skip reason " + reason);
        }
    }

    int newMessages() {
        return toReport().newMessages();
    }

    SyncReport toReport() {
        return new SyncReport(pages, listed, alreadyKnown, captured, skippedInternal, skippedAutomated,
                skippedBlocklisted, unmatched, quarantined, vanished, proposalsCreated, estimatedTotal, restarted);
    }
}
