package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.RenderedDigest;
import dev.fundcrm.domain.port.in.BuildDigest;
import dev.fundcrm.domain.port.in.SendTestEmail;
import dev.fundcrm.domain.port.out.DigestWriter;
import dev.fundcrm.domain.port.out.Stores;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admins' other pages: today's digest as it will be sent, with a test send to chosen active admins;
 * the blocklist; the audit log.
 */
final class AdminPages {

    private static final Logger LOG = LoggerFactory.getLogger(AdminPages.class);
    private static final int AUDIT_SIZE = 200;
    private static final Map<String, String> NOTICES = Map.of("added", "Added to the blocklist.", "removed",
            "Removed from the blocklist.");

    private final Stores stores;
    private final BuildDigest digests;
    private final DigestWriter writer;
    private final SendTestEmail testEmail;
    private final Clock clock;
    private final ZoneId zone;
    private final Responses responses;
    private final Formats formats;

    AdminPages(ApiContext context, Responses responses, Formats formats) {
        this.stores = context.stores();
        this.digests = context.useCases().digests();
        this.writer = context.digestWriter();
        this.testEmail = context.useCases().delivery();
        this.clock = context.clock();
        this.zone = context.settings().zone();
        this.responses = responses;
        this.formats = formats;
    }

    List<PageRoute> pages() {
        return List.of(
                PageRoute.get("/admin/digest", PageAccess.ADMIN, ctx -> digest(ctx, "")),
                PageRoute.post("/admin/digest/test", PageAccess.ADMIN, this::sendTest),
                PageRoute.get("/admin/blocklist", PageAccess.ADMIN, this::blocklist),
                PageRoute.post("/admin/blocklist", PageAccess.ADMIN, this::block),
                PageRoute.post("/admin/blocklist/remove", PageAccess.ADMIN, this::unblock),
                PageRoute.get("/admin/audit", PageAccess.ADMIN, this::audit));
    }

    private void digest(Context ctx, String notice) {
        Digest digest = digests.build(LocalDate.now(clock.withZone(zone)));
        RenderedDigest rendered = writer.write(digest);
        String me = SessionGuard.user(ctx).user().canonical();
        List<Views.Option> admins = stores.admins().active().stream().map(EmailAddress::canonical).sorted()
                .map(admin -> new Views.Option(admin, admin, admin.equals(me))).toList();
        responses.page(ctx, "digest.jte", new Views.DigestPage(Responses.chrome(ctx, "Digest", "digest"),
                rendered.subject(), rendered.text(), admins, notice));
    }

    private void sendTest(Context ctx) {
        List<String> chosen = ctx.formParams("recipient");
        if (chosen.isEmpty()) {
            throw PageException.badRequest("Choose at least one admin to send the test to.");
        }
        List<EmailAddress> recipients = chosen.stream()
                .map(text -> Forms.parse("recipient", text, EmailAddress::of)).toList();
        SendTestEmail.Outcome outcome = testEmail.send(new SendTestEmail.Command(SessionGuard.user(ctx).user(),
                recipients));
        if (outcome instanceof SendTestEmail.Outcome.Refused refused) {
            throw new PageException(HttpStatus.UNPROCESSABLE_CONTENT, "Nothing was sent: not active admins: "
                    + refused.notActiveAdmins().stream().map(EmailAddress::canonical).collect(Collectors.joining(", ")));
        }
        if (outcome instanceof SendTestEmail.Outcome.Failed failed) {
            LOG.warn("test email failed, reference {}: {}", failed.reference(), failed.reasons());
            throw new PageException(HttpStatus.BAD_GATEWAY, "The test email could not be sent. Quote reference "
                    + failed.reference() + " to the operator.");
        }
        SendTestEmail.Outcome.Sent sent = (SendTestEmail.Outcome.Sent) outcome;
        digest(ctx, "Test sent by " + sent.transport() + " to "
                + sent.recipients().stream().map(EmailAddress::canonical).collect(Collectors.joining(", ")) + ".");
    }

    private void blocklist(Context ctx) {
        responses.page(ctx, "blocklist.jte", new Views.BlocklistPage(Responses.chrome(ctx, "Blocklist", "blocklist"),
                stores.blocklist().entries().stream().map(BlockEntry::key).sorted().toList(),
                Responses.notice(NOTICES, ctx.queryParam("done"))));
    }

    private void block(Context ctx) {
        BlockEntry entry = entry(ctx);
        stores.blocklist().add(entry);
        audit(ctx, "blocklist.added", entry);
        ctx.redirect("/admin/blocklist?done=added", HttpStatus.SEE_OTHER);
    }

    private void unblock(Context ctx) {
        BlockEntry entry = entry(ctx);
        if (stores.blocklist().remove(entry)) {
            audit(ctx, "blocklist.removed", entry);
        }
        ctx.redirect("/admin/blocklist?done=removed", HttpStatus.SEE_OTHER);
    }

    private void audit(Context ctx) {
        List<Views.AuditRow> rows = stores.auditLog().recent(AUDIT_SIZE).stream()
                .map(e -> new Views.AuditRow(formats.date(e.at()), e.actor(), e.action(), e.subject(), e.detail()))
                .toList();
        responses.page(ctx, "audit.jte", new Views.AuditPage(Responses.chrome(ctx, "Audit log", "audit"), rows));
    }

    private static BlockEntry entry(Context ctx) {
        String text = ctx.formParam("entry");
        if (text == null || text.isBlank()) {
            throw PageException.badRequest("Give an address (someone@example.com) or a whole domain (@example.com).");
        }
        return Forms.parse("address or @domain", text, BlockEntry::parse);
    }

    private void audit(Context ctx, String action, BlockEntry entry) {
        stores.auditLog().record(new AuditEvent(clock.instant(), SessionGuard.user(ctx).user().canonical(), action,
                entry.key(), "from the review pages"));
    }
}
