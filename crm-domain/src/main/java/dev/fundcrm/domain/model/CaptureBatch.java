package dev.fundcrm.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * What one page of a sync captured, written as one unit before the checkpoint moves: copies kept as
 * identifiers only, captured messages with their proposals, and unparseable ones.
 */
public record CaptureBatch(List<Sighting> skipped, List<Captured> captured, List<Quarantined> quarantined) {

    public CaptureBatch {
        skipped = List.copyOf(skipped);
        captured = List.copyOf(captured);
        quarantined = List.copyOf(quarantined);
    }

    public boolean isEmpty() {
        return skipped.isEmpty() && captured.isEmpty() && quarantined.isEmpty();
    }

    /** A mailbox copy kept as identifiers and what became of it. */
    public record Sighting(MessageKey key, MessageRef ref, Disposition disposition) {
        public Sighting {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(disposition, "disposition");
        }
    }

    /**
     * A copy of a message that yields proposals. {@code contentOrNull} is the message read in full, or null
     * when its content is already stored (another team mailbox's copy was captured first).
     */
    public record Captured(MessageKey key, MessageRef ref, ParsedMessage contentOrNull, List<Proposal> proposals) {
        public Captured {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(ref, "ref");
            proposals = List.copyOf(proposals);
            for (Proposal proposal : proposals) {
                if (!proposal.messageKey().equals(key)) {
                    throw new IllegalArgumentException("proposal " + proposal.id() + " is not about " + key);
                }
            }
        }
    }
}
