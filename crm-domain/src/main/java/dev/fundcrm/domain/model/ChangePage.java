package dev.fundcrm.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A page of messages a mailbox gained since a checkpoint (oldest first where the source knows), the
 * checkpoint to store once they are stored, and whether more pages follow.
 *
 * @param estimatedTotal the source's estimate of the messages in this sync, -1 if unknown
 */
public record ChangePage(List<MessageRef> refs, Checkpoint next, boolean hasMore, long estimatedTotal) {

    public ChangePage {
        refs = List.copyOf(refs);
        Objects.requireNonNull(next, "next");
    }
}
