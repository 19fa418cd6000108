package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.port.out.AuditLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail in memory. Events at the same instant keep the order they were recorded in (as a sequence
 * column would in SQL): {@link #about} gives them in that order, {@link #recent} in reverse. Thread-safe:
 * every method is synchronized.
 */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public synchronized List<AuditEvent> recent(int limit) {
        List<AuditEvent> newestFirst = oldestFirst();
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public synchronized List<AuditEvent> about(String subject) {
        return oldestFirst().stream().filter(event -> event.subject().equals(subject)).toList();
    }

    /** A stable sort, so ties stay in recording order. */
    private List<AuditEvent> oldestFirst() {
        List<AuditEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(AuditEvent::at));
        return sorted;
    }
}
