package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.port.out.Drafts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drafts that are only recorded: the N-th created draft is {@code draft-N} in the reply's thread. A failure
 * set with {@link #failNextWith} is thrown by the next create, which records nothing. Thread-safe: every
 * method is synchronized.
 */
public final class RecordingDrafts implements Drafts {

    private final List<ReplyDraft> created = new ArrayList<>();
    private DraftException nextFailure;

    @Override
    public synchronized DraftRef create(ReplyDraft draft) {
        Objects.requireNonNull(draft, "draft");
        if (nextFailure != null) {
            DraftException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        created.add(draft);
        return new DraftRef("draft-" + created.size(), draft.threadId());
    }

    /** Makes the next {@link #create} throw the failure, once. */
    public synchronized void failNextWith(DraftException failure) {
        nextFailure = Objects.requireNonNull(failure, "failure");
    }

    /** Every draft created, in order. */
    public synchronized List<ReplyDraft> created() {
        return List.copyOf(created);
    }
}
