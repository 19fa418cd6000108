package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.MessageId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One digest run per day, shared by every app instance: claiming is the lock that keeps a day's digest from
 * going out twice. Thread-safe and safe across instances on one database.
 */
public interface DigestRuns {

    /**
     * Claims the day's run for sending: true if there was no run for the day (a new one is SENDING), or the
     * day's run FAILED and is claimed again. False if it is SENDING elsewhere or DELIVERED.
     */
    boolean claim(LocalDate day, MessageId messageId, Instant at);

    /** Marks the day's run delivered by the named transport. */
    void markDelivered(LocalDate day, String transport, Instant at);

    /** Marks the day's run failed, with a reason safe to show. */
    void markFailed(LocalDate day, String reason, Instant at);

    Optional<DigestRun> find(LocalDate day);
}
