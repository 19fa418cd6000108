package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.app.sync.SyncControl;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.port.out.Stores;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The admins' mailboxes page: each team mailbox's sync health, a running sync's progress, the last error with
 * what to do about it, and pause, resume and sync now. Every change is audited.
 */
final class MailboxPages {

    private static final Map<String, String> NOTICES = Map.of("paused", "Capture paused.", "resumed",
            "Capture resumed.", "sync", "A sync was asked for: it starts as soon as a worker is free.");

    private final Stores stores;
    private final SyncControl sync;
    private final Clock clock;
    private final Responses responses;
    private final Formats formats;

    MailboxPages(ApiContext context, Responses responses, Formats formats) {
        this.stores = context.stores();
        this.sync = context.sync();
        this.clock = context.clock();
        this.responses = responses;
        this.formats = formats;
    }

    List<PageRoute> pages() {
        return List.of(
                PageRoute.get("/admin/mailboxes", PageAccess.ADMIN, this::list),
                PageRoute.post("/admin/mailboxes/{address}/pause", PageAccess.ADMIN, ctx -> setPaused(ctx, true)),
                PageRoute.post("/admin/mailboxes/{address}/resume", PageAccess.ADMIN, ctx -> setPaused(ctx, false)),
                PageRoute.post("/admin/mailboxes/{address}/sync", PageAccess.ADMIN, this::syncNow));
    }

    private void list(Context ctx) {
        List<Views.MailboxRow> rows = stores.mailboxes().all().stream()
                .sorted(Comparator.comparing(account -> account.mailbox().toString()))
                .map(this::row).toList();
        responses.page(ctx, "mailboxes.jte", new Views.MailboxesPage(Responses.chrome(ctx, "Mailboxes", "mailboxes"),
                rows, Responses.notice(NOTICES, ctx.queryParam("done"))));
    }

    private void setPaused(Context ctx, boolean paused) {
        MailboxAccount account = existing(ctx).withPaused(paused);
        stores.mailboxes().register(account);
        audit(ctx, paused ? "mailbox.paused" : "mailbox.resumed", account.mailbox());
        ctx.redirect("/admin/mailboxes?done=" + (paused ? "paused" : "resumed"), HttpStatus.SEE_OTHER);
    }

    private void syncNow(Context ctx) {
        MailboxAccount account = existing(ctx);
        if (account.paused()) {
            throw new PageException(HttpStatus.CONFLICT, account.mailbox() + " is paused: resume it first.");
        }
        sync.requestSync(account.mailbox().address());
        audit(ctx, "mailbox.sync-requested", account.mailbox());
        ctx.redirect("/admin/mailboxes?done=sync", HttpStatus.SEE_OTHER);
    }

    private MailboxAccount existing(Context ctx) {
        Mailbox mailbox = Forms.parse("mailbox", ctx.pathParam("address"), Mailbox::of);
        return stores.mailboxes().find(mailbox)
                .orElseThrow(() -> PageException.notFound(mailbox + " is not a registered mailbox."));
    }

    private void audit(Context ctx, String action, Mailbox mailbox) {
        stores.auditLog().record(new AuditEvent(clock.instant(), SessionGuard.user(ctx).user().canonical(), action,
                mailbox.toString(), "from the review pages"));
    }

    private Views.MailboxRow row(MailboxAccount account) {
        SyncState state = stores.mailboxes().state(account.mailbox());
        SyncProgress running = sync.running().get(account.mailbox().address());
        return new Views.MailboxRow(account.mailbox().toString(), account.paused(),
                account.paused() ? "paused" : status(state), formats.date(state.lastSuccessOrNull()),
                state.lastError() == null ? "" : state.lastError(), advice(state),
                running == null ? "" : progress(running), state.messagesSeen(), state.messagesStored());
    }

    private static String status(SyncState state) {
        return switch (state.status()) {
            case NEVER -> "not synced yet";
            case OK -> "up to date";
            case RETRYING -> "retrying after a failure";
            case NEEDS_ATTENTION -> "needs attention";
        };
    }

    private static String advice(SyncState state) {
        return switch (state.status()) {
            case NEEDS_ATTENTION -> "Capture has stopped. Check in the Google Admin console that the app's client id "
                    + "still has domain-wide delegation for the Gmail scopes (docs/gmail-setup.md) and that this user "
                    + "still exists, then press Sync now.";
            case RETRYING -> "A temporary failure (Gmail busy or unreachable): the app tries again by itself.";
            default -> "";
        };
    }

    private static String progress(SyncProgress running) {
        String done = running.estimatedTotal() > 0
                ? String.format("%,d of about %,d messages", running.done(), running.estimatedTotal())
                : String.format("%,d messages", running.done());
        String rate = String.format(", %.1f a second", running.messagesPerSecond());
        String left = running.timeLeft().map(d -> ", about " + Math.max(1, Math.round(d.toSeconds() / 60.0)) + " min left").orElse("");
        return "Syncing: " + done + rate + left;
    }
}
