package dev.fundcrm.domain.model;

/** The health of a mailbox's capture. */
public enum SyncStatus {
    /** Registered, never synced. */
    NEVER,
    /** The last sync completed. */
    OK,
    /** The last sync failed for a reason that may pass (quota, network, server): retried on later ticks. */
    RETRYING,
    /** An admin must act (delegation or scope missing, user suspended): not retried until they do. */
    NEEDS_ATTENTION
}
