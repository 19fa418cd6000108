package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.text;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.port.out.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The audit trail in SQL, append-only; the identity column orders events. Thread-safe. */
final class JdbiAuditLog implements AuditLog {

    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(AuditEvent event) {
        Failures.translate("record an audit event", () -> jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO audit_events (at, actor, action, subject, detail)"
                        + " VALUES (:at, :actor, :action, :subject, :detail)")
                .bind("at", Columns.time(event.at()))
                .bind("actor", text(Rows.cap(event.actor(), 320)))
                .bind("action", text(Rows.cap(event.action(), 100)))
                .bind("subject", text(Rows.cap(event.subject(), 1100)))
                .bind("detail", text(Rows.cap(event.detail(), 4000)))
                .execute()));
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return Failures.translate("read the audit log", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM audit_events ORDER BY at DESC, id DESC LIMIT " + limit)
                .map(JdbiAuditLog::event)
                .list()));
    }

    @Override
    public List<AuditEvent> about(String subject) {
        return Failures.translate("read the audit log", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM audit_events WHERE subject = :subject ORDER BY at, id")
                .bind("subject", subject)
                .map(JdbiAuditLog::event)
                .list()));
    }

    private static AuditEvent event(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEvent(Columns.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject"), rs.getString("detail"));
    }
}
