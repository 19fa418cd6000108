package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.MessageId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One digest run per day, shared by every app instance: claiming is the lock that keeps a day's digest from
 * going out twice. Each claim or take-over counts as an attempt and clears the previous failure. Marking a day
 * that was never claimed is a programmer error ({@link IllegalArgumentException}). Thread-safe and safe across
 * instances on one database.
 */
public interface DigestRuns {

    /**
     * Claims the day's run for sending: true if there was no run for the day (a new one is SENDING), or the
     * day's run FAILED and is claimed again. False if it is SENDING elsewhere, DELIVERED or FAILED_AUTH.
     */
    boolean claim(LocalDate day, MessageId messageId, Instant at);

    /**
     * Takes the day's run over, making it SENDING again as of {@code at}, if it is in {@code status} and was
     * last updated before {@code updatedBefore}: a SENDING run whose instance died, or a FAILED_AUTH run
     * older than this instance's configuration. Of concurrent take-overs exactly one wins.
     *
     * @return true if this caller took it over
     */
    boolean takeOver(LocalDate day, DigestRun.Status status, Instant updatedBefore, Instant at);

    /** Marks the day's run delivered by the named transport. */
    void markDelivered(LocalDate day, String transport, Instant at);

    /** Marks the day's run failed, with a reason safe to show; a later claim may try again. */
    void markFailed(LocalDate day, String reason, Instant at);

    /**
     * Marks the day's run FAILED_AUTH: the named transports (e.g. "smtp") refused their credentials. Only a
     * {@link #takeOver} tries it again.
     */
    void markAuthenticationFailed(LocalDate day, String transports, String reason, Instant at);

    Optional<DigestRun> find(LocalDate day);

    /** The run of the latest day that has one. */
    Optional<DigestRun> latest();
}
