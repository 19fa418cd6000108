package dev.fundcrm.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one digest of a day: claimed by an instance, then delivered (by which transport) or failed (why).
 * {@code transport} and {@code failure} are "" when they do not apply.
 */
public record DigestRun(LocalDate day, Status status, MessageId messageId, String transport, String failure,
                        int attempts, Instant updatedAt) {

    public enum Status { SENDING, DELIVERED, FAILED }

    public DigestRun {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        transport = transport == null ? "" : transport;
        failure = failure == null ? "" : failure;
    }
}
