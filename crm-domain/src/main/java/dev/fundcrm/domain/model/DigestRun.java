package dev.fundcrm.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one digest of a day: claimed by an instance, then delivered (by which transport) or failed (why).
 * {@code transport} is the transport that delivered it, or for {@link Status#FAILED_AUTH} the transports whose
 * credentials were refused (e.g. "smtp"); "" otherwise. {@code failure} is "" unless the run failed.
 */
public record DigestRun(LocalDate day, Status status, MessageId messageId, String transport, String failure,
                        int attempts, Instant updatedAt) {

    public enum Status {
        /** Claimed by an instance that is sending it, or that died while sending it. */
        SENDING,
        DELIVERED,
        /** Every transport failed for a reason that may pass: tried again later in the day. */
        FAILED,
        /**
         * Every transport failed and one of them refused its credentials (SMTP 535): trying again can't help
         * until an admin changes the configuration, which takes a restart.
         */
        FAILED_AUTH
    }

    public DigestRun {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        transport = transport == null ? "" : transport;
        failure = failure == null ? "" : failure;
    }
}
