package dev.fundcrm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Who did what to which thing, and when: approvals, rejections, undos, reassignments, drafts, test emails.
 * {@code actor} is a user's address or "system"; {@code subject} names the thing (e.g. a proposal id).
 */
public record AuditEvent(Instant at, String actor, String action, String subject, String detail) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }
}
