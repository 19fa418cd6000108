package dev.fundcrm.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A mailbox's capture state: the checkpoint the next sync starts from, its health, and running totals.
 * {@code lastError} is "" when the last sync succeeded; the two instants are null until they first happen.
 */
public record SyncState(Mailbox mailbox, Checkpoint checkpoint, SyncStatus status, Instant lastSuccessOrNull,
                        Instant lastAttemptOrNull, String lastError, long messagesSeen, long messagesStored,
                        int consecutiveFailures) {

    public SyncState {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(status, "status");
        lastError = lastError == null ? "" : lastError;
    }

    public static SyncState initial(Mailbox mailbox) {
        return new SyncState(mailbox, Checkpoint.START, SyncStatus.NEVER, null, null, "", 0, 0, 0);
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccessOrNull);
    }

    public Optional<Instant> lastAttempt() {
        return Optional.ofNullable(lastAttemptOrNull);
    }

    public SyncState withCheckpoint(Checkpoint next) {
        return new SyncState(mailbox, next, status, lastSuccessOrNull, lastAttemptOrNull, lastError, messagesSeen,
                messagesStored, consecutiveFailures);
    }

    public SyncState succeeded(Instant at, long seen, long stored) {
        return new SyncState(mailbox, checkpoint, SyncStatus.OK, at, at, "", messagesSeen + seen,
                messagesStored + stored, 0);
    }

    public SyncState failed(Instant at, SyncStatus newStatus, String error) {
        return new SyncState(mailbox, checkpoint, newStatus, lastSuccessOrNull, at, error, messagesSeen,
                messagesStored, consecutiveFailures + 1);
    }
}
