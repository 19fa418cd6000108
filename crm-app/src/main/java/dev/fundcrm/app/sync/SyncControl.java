package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.EmailAddress;
import java.util.Map;

/** What the HTTP API may ask of the sync runner: a sync now, and how the running ones are doing. Thread-safe. */
public interface SyncControl {

    /** Asks for a sync of the mailbox as soon as a worker is free; returns at once. */
    void requestSync(EmailAddress mailbox);

    /** The syncs running on this instance now, by mailbox. */
    Map<EmailAddress, SyncProgress> running();
}
