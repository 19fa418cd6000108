package dev.fundcrm.domain.model;

/** Why capture keeps a message as identifiers only. */
public enum SkipReason {
    INTERNAL_ONLY(Disposition.SKIPPED_INTERNAL),
    AUTOMATED(Disposition.SKIPPED_AUTOMATED),
    BLOCKLISTED(Disposition.SKIPPED_BLOCKLISTED),
    UNMATCHED(Disposition.UNMATCHED);

    private final Disposition disposition;

    SkipReason(Disposition disposition) {
        this.disposition = disposition;
    }

    public Disposition disposition() {
        return disposition;
    }
}
