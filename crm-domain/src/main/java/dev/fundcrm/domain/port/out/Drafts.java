package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.ReplyDraft;

/**
 * Creates reply drafts in a team member's Gmail, in the original's thread, for the human to review and send.
 * There is deliberately no way to send a draft through this port. Thread-safe.
 */
public interface Drafts {

    /** @throws DraftException if the draft could not be created (reason safe to show) */
    DraftRef create(ReplyDraft draft);
}
