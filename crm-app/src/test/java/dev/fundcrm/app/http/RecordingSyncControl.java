package dev.fundcrm.app.http;

import dev.fundcrm.app.sync.SyncControl;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.EmailAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sync runner for API tests: records requested syncs and reports whatever progress a test sets. */
final class RecordingSyncControl implements SyncControl {

    private final List<EmailAddress> requested = new ArrayList<>();
    private final Map<EmailAddress, SyncProgress> running = new LinkedHashMap<>();

    @Override
    public synchronized void requestSync(EmailAddress mailbox) {
        requested.add(mailbox);
    }

    @Override
    public synchronized Map<EmailAddress, SyncProgress> running() {
        return Map.copyOf(running);
    }

    synchronized void running(SyncProgress progress) {
        running.put(progress.mailbox(), progress);
    }

    synchronized List<EmailAddress> requested() {
        return List.copyOf(requested);
    }
}
