package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.port.out.AuditLog;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} promises: recent events newest first, a subject's events oldest first, and events
 * at the same instant in the order they were recorded (use cases under a fixed clock record several at once).
 */
public abstract class AuditLogContract {

    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-03T08:00:00Z");

    private AuditLog auditLog;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        auditLog = newStores().auditLog();
    }

    @Test
    void recentIsNewestFirstUpToTheLimit() {
        AuditEvent middle = recorded(T2, "proposal.approved", "p1");
        AuditEvent newest = recorded(T3, "proposal.rejected", "p2");
        AuditEvent oldest = recorded(T1, "contact.created", "c1");

        assertThat(auditLog.recent(10)).containsExactly(newest, middle, oldest);
        assertThat(auditLog.recent(2)).containsExactly(newest, middle);
    }

    @Test
    void aboutGivesOneSubjectsEventsOldestFirst() {
        AuditEvent undone = recorded(T3, "proposal.approval-undone", "p1");
        AuditEvent approved = recorded(T2, "proposal.approved", "p1");
        recorded(T1, "proposal.approved", "p2");

        assertThat(auditLog.about("p1")).containsExactly(approved, undone);
        assertThat(auditLog.about("p9")).isEmpty();
    }

    @Test
    void eventsAtTheSameInstantKeepTheOrderTheyWereRecordedIn() {
        AuditEvent first = recorded(T1, "contact.alias-added", "p1");
        AuditEvent second = recorded(T1, "proposal.reassigned", "p1");
        AuditEvent third = recorded(T1, "proposal.approved", "p1");

        assertThat(auditLog.about("p1")).containsExactly(first, second, third);
        assertThat(auditLog.recent(10)).containsExactly(third, second, first);
    }

    @Test
    void keepsEveryFieldOfAnEvent() {
        AuditEvent event = new AuditEvent(T1, "rita@fund.example", "draft.created", "mid:<m1@lp.example>",
                "REPLY draft draft-1 in anna@fund.example");

        auditLog.record(event);

        assertThat(auditLog.recent(1)).containsExactly(event);
    }

    private AuditEvent recorded(Instant at, String action, String subject) {
        AuditEvent event = new AuditEvent(at, "rita@fund.example", action, subject, "");
        auditLog.record(event);
        return event;
    }
}
