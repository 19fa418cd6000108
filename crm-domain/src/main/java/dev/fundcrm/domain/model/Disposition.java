package dev.fundcrm.domain.model;

/** What capture did with a message it saw in a mailbox. Only CAPTURED messages keep more than identifiers. */
public enum Disposition {
    CAPTURED,
    SKIPPED_INTERNAL,
    SKIPPED_AUTOMATED,
    SKIPPED_BLOCKLISTED,
    UNMATCHED,
    QUARANTINED,
    /** Listed, then gone before it could be read (deleted in Gmail meanwhile). */
    VANISHED
}
