package dev.fundcrm.app.http;

import dev.fundcrm.app.sync.SyncControl;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.port.out.Stores;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The team mailboxes: their sync health and the progress of running syncs (members), registering, pausing
 * and resuming (admins), and asking for a sync now (members; the sync runner does it when a worker is free).
 */
final class MailboxRoutes implements RouteGroup {

    /** A mailbox with its sync health, and its progress while a sync runs on this instance (else null). */
    public record MailboxView(String address, List<String> aliases, boolean paused, String status,
                              Instant lastSuccess, Instant lastAttempt, String lastError, long messagesSeen,
                              long messagesStored, int consecutiveFailures, Progress progress) {
    }

    /** A running sync: messages done of the estimated total (0: unknown), rate, quota units, seconds left (null: unknown). */
    public record Progress(Instant startedAt, long done, long estimatedTotal, double messagesPerSecond,
                           long quotaUnits, Long secondsLeft) {
    }

    /** Registers a team mailbox with the aliases its owner sends from. */
    public record AddMailbox(String address, List<String> aliases) {
    }

    /** A sync was asked for. */
    public record SyncRequested(String mailbox) {
    }

    private final Stores stores;
    private final SyncControl sync;
    private final Clock clock;

    MailboxRoutes(ApiContext context) {
        this.stores = context.stores();
        this.sync = context.sync();
        this.clock = context.clock();
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/mailboxes", Access.MEMBER, "Team mailboxes with sync health and progress", this::list)
                        .returns(MailboxView[].class),
                Route.post("/api/mailboxes", Access.ADMIN, "Register a team mailbox", this::add)
                        .body(AddMailbox.class).returns(MailboxView.class, 201),
                Route.post("/api/mailboxes/{address}/pause", Access.ADMIN, "Pause a mailbox's capture",
                        ctx -> setPaused(ctx, true)).returns(MailboxView.class),
                Route.post("/api/mailboxes/{address}/resume", Access.ADMIN, "Resume a mailbox's capture",
                        ctx -> setPaused(ctx, false)).returns(MailboxView.class),
                Route.post("/api/mailboxes/{address}/sync", Access.MEMBER, "Sync a mailbox as soon as a worker is free",
                        this::syncNow).returns(SyncRequested.class, 202));
    }

    private void list(Context ctx) {
        ctx.json(stores.mailboxes().all().stream()
                .sorted(Comparator.comparing(account -> account.mailbox().toString()))
                .map(this::view)
                .toList());
    }

    private void add(Context ctx) {
        AddMailbox request = Json.read(ctx, AddMailbox.class);
        Mailbox mailbox = Params.field("address", request.address(), Mailbox::of);
        List<String> aliasTexts = request.aliases() == null ? List.of() : request.aliases();
        Set<EmailAddress> aliases = Set.copyOf(aliasTexts.stream()
                .map(alias -> Params.field("aliases", alias, EmailAddress::of)).toList());
        if (stores.mailboxes().find(mailbox).isPresent()) {
            throw ProblemException.conflict("mailbox " + mailbox + " is already registered");
        }
        MailboxAccount account = new MailboxAccount(mailbox, aliases, false);
        stores.mailboxes().register(account);
        audit(ctx, "mailbox.added", mailbox);
        ctx.status(HttpStatus.CREATED).json(view(account));
    }

    private void setPaused(Context ctx, boolean paused) {
        MailboxAccount account = existing(ctx).withPaused(paused);
        stores.mailboxes().register(account);
        audit(ctx, paused ? "mailbox.paused" : "mailbox.resumed", account.mailbox());
        ctx.json(view(account));
    }

    private void syncNow(Context ctx) {
        MailboxAccount account = existing(ctx);
        if (account.paused()) {
            throw ProblemException.conflict("mailbox " + account.mailbox() + " is paused: resume it first");
        }
        sync.requestSync(account.mailbox().address());
        ctx.status(HttpStatus.ACCEPTED).json(new SyncRequested(account.mailbox().toString()));
    }

    private MailboxAccount existing(Context ctx) {
        Mailbox mailbox = Params.path(ctx, "address", Mailbox::of);
        return stores.mailboxes().find(mailbox)
                .orElseThrow(() -> ProblemException.notFound("no mailbox " + mailbox + " is registered"));
    }

    private void audit(Context ctx, String action, Mailbox mailbox) {
        stores.auditLog().record(new AuditEvent(clock.instant(), AccessGuard.user(ctx).user().canonical(), action,
                mailbox.toString(), ""));
    }

    private MailboxView view(MailboxAccount account) {
        SyncState state = stores.mailboxes().state(account.mailbox());
        SyncProgress running = sync.running().get(account.mailbox().address());
        return new MailboxView(account.mailbox().toString(),
                account.aliases().stream().map(EmailAddress::canonical).sorted().toList(), account.paused(),
                state.status().name(), state.lastSuccessOrNull(), state.lastAttemptOrNull(), state.lastError(),
                state.messagesSeen(), state.messagesStored(), state.consecutiveFailures(),
                running == null ? null : progress(running));
    }

    private static Progress progress(SyncProgress running) {
        return new Progress(running.startedAt(), running.done(), running.estimatedTotal(),
                running.messagesPerSecond(), running.quotaUnits(),
                running.timeLeft().map(left -> left.toSeconds()).orElse(null));
    }
}
