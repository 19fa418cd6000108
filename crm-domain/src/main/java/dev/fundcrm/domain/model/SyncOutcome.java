package dev.fundcrm.domain.model;

import java.util.Objects;

/** How a mailbox sync ended. */
public sealed interface SyncOutcome {

    record Completed(SyncReport report) implements SyncOutcome {
        public Completed {
            Objects.requireNonNull(report, "report");
        }
    }

    /** An admin must act (delegation, scope, suspended user); the mailbox is marked and not retried every tick. */
    record PermissionDenied(String reason) implements SyncOutcome {
    }

    /** Quota, server or network trouble; what was stored is kept and the next tick continues. */
    record RetryLater(String reason) implements SyncOutcome {
    }

    /** Capture of this mailbox is paused by an admin. */
    record Paused() implements SyncOutcome {
    }

    /** Another instance holds the mailbox's lease: it is syncing it, so this one did not. */
    record LeasedElsewhere() implements SyncOutcome {
    }

    /**
     * The lease ran out mid-sync and another instance took the mailbox over. What was stored is kept (every
     * write is idempotent); this instance stopped.
     */
    record LeaseLost(String reason) implements SyncOutcome {
    }

    /** No such mailbox is registered. */
    record NotRegistered(Mailbox mailbox) implements SyncOutcome {
    }
}
