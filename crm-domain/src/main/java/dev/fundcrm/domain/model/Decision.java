package dev.fundcrm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The last review decision on a proposal: who, when, why ("" if no reason was given) and, for an approval,
 * the visibility chosen (null otherwise).
 */
public record Decision(EmailAddress reviewer, Instant at, String reason, Visibility visibilityOrNull) {

    public Decision {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason.strip();
    }
}
