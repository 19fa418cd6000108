package dev.fundcrm.domain.model;

/**
 * Where a mailbox's capture stands, in the source's own terms (for Gmail a history id or a listing page;
 * for an mbox file an offset). Opaque to the domain. {@link #START} means: nothing captured yet.
 */
public record Checkpoint(String value) {

    public static final Checkpoint START = new Checkpoint("");

    public Checkpoint {
        value = value == null ? "" : value;
        if (value.length() > 4096 || HeaderValues.isUnsafe(value)) {
            throw new IllegalArgumentException("a checkpoint is at most 4096 characters without line breaks");
        }
    }

    public boolean isStart() {
        return value.isEmpty();
    }
}
