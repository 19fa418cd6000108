package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A running sync at a moment: messages done of the estimated total (Gmail's {@code messagesTotal}; 0 when
 * unknown), the rate since it started and the quota units it has spent.
 */
public record SyncProgress(EmailAddress mailbox, Instant startedAt, long done, long estimatedTotal,
                           double messagesPerSecond, long quotaUnits) {

    /** The time left at the current rate, when the total and a rate are known. */
    public Optional<Duration> timeLeft() {
        if (estimatedTotal <= 0 || messagesPerSecond <= 0 || done >= estimatedTotal) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.round((estimatedTotal - done) / messagesPerSecond)));
    }
}
