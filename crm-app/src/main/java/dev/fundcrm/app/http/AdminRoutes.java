package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.port.out.AuditLog;
import dev.fundcrm.domain.port.out.Blocklist;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The fund's setup, for admins: the blocklist (addresses and {@code @domains} never captured) and the audit log. */
final class AdminRoutes implements RouteGroup {

    /** Audit events shown when the caller names no limit. */
    static final int DEFAULT_AUDIT_LIMIT = 100;
    static final int MAX_AUDIT_LIMIT = 1000;

    /** An address ({@code doctor@clinic.example}) or a whole domain ({@code @spam-vendor.com}). */
    public record BlockRequest(String entry) {
    }

    public record BlockView(String entry) {
    }

    public record AuditView(Instant at, String actor, String action, String subject, String detail) {
    }

    private final Blocklist blocklist;
    private final AuditLog auditLog;
    private final Clock clock;

    AdminRoutes(ApiContext context) {
        this.blocklist = context.stores().blocklist();
        this.auditLog = context.stores().auditLog();
        this.clock = context.clock();
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/admin/blocklist", Access.ADMIN, "The blocklist", this::blocklist)
                        .returns(BlockView[].class),
                Route.post("/api/admin/blocklist", Access.ADMIN, "Block an address or @domain", this::block)
                        .body(BlockRequest.class).returns(BlockView.class, 201),
                Route.delete("/api/admin/blocklist/{entry}", Access.ADMIN, "Unblock an address or @domain",
                        this::unblock).returns(Void.class),
                Route.get("/api/admin/audit", Access.ADMIN, "The audit log, newest first", this::audit)
                        .query("subject", "only events about this subject (a proposal id, contact id, mailbox...)")
                        .query("limit", "how many, 1 to " + MAX_AUDIT_LIMIT + " (default " + DEFAULT_AUDIT_LIMIT + ")")
                        .returns(AuditView[].class));
    }

    private void blocklist(Context ctx) {
        ctx.json(blocklist.entries().stream().map(entry -> new BlockView(entry.key())).toList());
    }

    private void block(Context ctx) {
        BlockEntry entry = Params.field("entry", Json.read(ctx, BlockRequest.class).entry(), BlockEntry::parse);
        blocklist.add(entry);
        audit(ctx, "blocklist.added", entry);
        ctx.status(HttpStatus.CREATED).json(new BlockView(entry.key()));
    }

    private void unblock(Context ctx) {
        BlockEntry entry = Params.path(ctx, "entry", BlockEntry::parse);
        if (!blocklist.remove(entry)) {
            throw ProblemException.notFound(entry.key() + " is not on the blocklist");
        }
        audit(ctx, "blocklist.removed", entry);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void audit(Context ctx) {
        int limit = Params.intQuery(ctx, "limit", 1, MAX_AUDIT_LIMIT, DEFAULT_AUDIT_LIMIT);
        String subject = ctx.queryParam("subject");
        List<AuditEvent> events = subject == null || subject.isBlank()
                ? auditLog.recent(limit)
                : newestFirst(auditLog.about(subject.strip()), limit);
        ctx.json(events.stream()
                .map(e -> new AuditView(e.at(), e.actor(), e.action(), e.subject(), e.detail()))
                .toList());
    }

    private static List<AuditEvent> newestFirst(List<AuditEvent> oldestFirst, int limit) {
        List<AuditEvent> events = new ArrayList<>(oldestFirst);
        Collections.reverse(events);
        return events.subList(0, Math.min(limit, events.size()));
    }

    private void audit(Context ctx, String action, BlockEntry entry) {
        auditLog.record(new AuditEvent(clock.instant(), AccessGuard.user(ctx).user().canonical(), action,
                entry.key(), ""));
    }
}
