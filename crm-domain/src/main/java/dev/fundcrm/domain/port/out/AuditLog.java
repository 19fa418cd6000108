package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.AuditEvent;
import java.util.List;

/** Append-only trail of what people and the system did. Thread-safe. */
public interface AuditLog {

    void record(AuditEvent event);

    /** Newest first, at most {@code limit}. */
    List<AuditEvent> recent(int limit);

    /** Events about one subject (e.g. a proposal id), oldest first. */
    List<AuditEvent> about(String subject);
}
