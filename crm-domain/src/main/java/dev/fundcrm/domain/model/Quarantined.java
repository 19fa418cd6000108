package dev.fundcrm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A message that could not be parsed, kept for an admin: where it is, why it failed, and the little that
 * could be read (a few header lines, capped), never the body.
 */
public record Quarantined(MessageRef ref, String reason, String partial, Instant at) {

    public static final int PARTIAL_LIMIT = 2000;

    public Quarantined {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(at, "at");
        reason = reason == null || reason.isBlank() ? "unreadable message" : reason;
        partial = partial == null ? "" : partial;
        if (partial.length() > PARTIAL_LIMIT) {
            partial = partial.substring(0, PARTIAL_LIMIT);
        }
    }
}
