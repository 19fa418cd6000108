package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.in.BackfillContact;
import dev.fundcrm.domain.port.out.BackfillRequests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the backfills asked for, as a sync runner's queue would, until a test runs them with {@link #runAll}:
 * so a test sees both that a backfill was asked for and what it found, without threads or waiting.
 * Thread-safe.
 */
public final class RecordingBackfillRequests implements BackfillRequests {

    private final List<MailSearch> pending = new ArrayList<>();
    private final List<MailSearch> requested = new ArrayList<>();

    @Override
    public synchronized void request(MailSearch search) {
        pending.add(search);
        requested.add(search);
    }

    /** Every search asked for so far, run or not, in order. */
    public synchronized List<MailSearch> requested() {
        return List.copyOf(requested);
    }

    /** Runs the searches not yet run, in order; the outcomes of the last one per mailbox. */
    public Map<Mailbox, SyncOutcome> runAll(BackfillContact backfill) {
        List<MailSearch> due;
        synchronized (this) {
            due = List.copyOf(pending);
            pending.clear();
        }
        Map<Mailbox, SyncOutcome> outcomes = new LinkedHashMap<>();
        due.forEach(search -> outcomes.putAll(backfill.backfill(new BackfillContact.Command(search))));
        return outcomes;
    }
}
