package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.BulkApprove;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import dev.fundcrm.domain.port.in.ReassignProposal;
import dev.fundcrm.domain.port.in.RejectProposal;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.UseCases;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The inbox: pending proposals oldest first, grouped by thread, with filters; approve, reject with a
 * reason, reassign, and approve many. The review script posts the actions with {@code Accept:
 * application/json} and moves on to the next proposal without reloading; without the script each form
 * posts and comes back to the inbox.
 */
final class InboxPages {

    /** Proposals on one inbox page. */
    static final int PAGE_SIZE = 200;
    private static final int PICKER_SIZE = 20;
    private static final Map<String, String> AGES = Map.of("1", "older than a day", "3", "older than 3 days",
            "7", "older than a week", "30", "older than a month");

    private final UseCases useCases;
    private final Stores stores;
    private final Clock clock;
    private final Responses responses;
    private final Rows rows;

    InboxPages(ApiContext context, Responses responses, Formats formats) {
        this.useCases = context.useCases();
        this.stores = context.stores();
        this.clock = context.clock();
        this.responses = responses;
        this.rows = new Rows(formats);
    }

    List<PageRoute> pages() {
        return List.of(
                PageRoute.get("/inbox", PageAccess.MEMBER, this::inbox),
                PageRoute.get("/inbox/contacts", PageAccess.MEMBER, this::searchContacts),
                PageRoute.post("/inbox/approve", PageAccess.MEMBER, this::approveMany),
                PageRoute.post("/inbox/{id}/approve", PageAccess.MEMBER, this::approve),
                PageRoute.post("/inbox/{id}/reject", PageAccess.MEMBER, this::reject),
                PageRoute.post("/inbox/{id}/reassign", PageAccess.MEMBER, this::reassign));
    }

    private void inbox(Context ctx) {
        String contact = blankToNull(ctx.queryParam("contact"));
        String organization = blankToNull(ctx.queryParam("organization"));
        String mailbox = blankToNull(ctx.queryParam("mailbox"));
        String age = blankToNull(ctx.queryParam("age"));
        PendingQuery query = new PendingQuery(
                contact == null ? null : parse("contact", contact, ContactId::parse),
                organization == null ? null : parse("organization", organization, OrganizationId::parse),
                mailbox == null ? null : parse("mailbox", mailbox, Mailbox::of),
                age == null ? null : clock.instant().minus(Duration.ofDays(parse("age", age, Integer::parseInt))),
                ctx.queryParam("cursor"), PAGE_SIZE);
        Page<PendingProposal> page;
        try {
            page = useCases.queue().list(query);
        } catch (IllegalArgumentException e) {
            throw PageException.badRequest("That page of the inbox no longer exists. Start again from the inbox.");
        }
        List<Views.Option> contacts = stores.contacts().all().stream()
                .map(c -> new Views.Option(c.id().toString(), c.name(), c.id().toString().equals(contact))).toList();
        List<Views.Option> organizations = stores.contacts().organizations().stream()
                .map(o -> new Views.Option(o.id().value().toString(), o.name(),
                        o.id().value().toString().equals(organization))).toList();
        List<Views.Option> mailboxes = stores.mailboxes().all().stream().map(MailboxAccount::mailbox)
                .map(Mailbox::toString).sorted().map(m -> new Views.Option(m, m, m.equals(mailbox))).toList();
        List<Views.Option> ages = AGES.entrySet().stream().sorted(Map.Entry.comparingByKey(
                        (a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))))
                .map(e -> new Views.Option(e.getKey(), e.getValue(), e.getKey().equals(age))).toList();
        String nextHref = page.nextCursor().isEmpty() ? "" : "/inbox?" + filters(contact, organization, mailbox, age)
                + "cursor=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8);
        responses.page(ctx, "inbox.jte", new Views.InboxPage(Responses.chrome(ctx, "Inbox", "inbox"),
                rows.byThread(page.items()), page.items().size(), !nextHref.isEmpty(), nextHref,
                contacts, organizations, mailboxes, ages));
    }

    private void searchContacts(Context ctx) {
        String text = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<Map<String, String>> found = stores.contacts().search(text, PICKER_SIZE).stream()
                .map(c -> Map.of("id", c.id().toString(), "label", label(c))).toList();
        ctx.header("Cache-Control", "no-store");
        ctx.json(found);
    }

    private void approve(Context ctx) {
        ProposalId id = proposalId(ctx);
        answer(ctx, useCases.review().approve(new ApproveProposal.Command(id, reviewer(ctx), null)), "Approved");
    }

    private void reject(Context ctx) {
        ProposalId id = proposalId(ctx);
        String reason = ctx.formParam("reason") == null ? "" : ctx.formParam("reason").strip();
        if (reason.isEmpty()) {
            throw PageException.badRequest("Say why the proposal is rejected: the reason is kept with it.");
        }
        String block = ctx.formParam("block");
        RejectProposal.Block blocking = block == null || block.isBlank() ? RejectProposal.Block.NOTHING
                : parse("block choice", block, RejectProposal.Block::valueOf);
        answer(ctx, useCases.review().reject(new RejectProposal.Command(id, reviewer(ctx), reason, blocking)),
                blocking == RejectProposal.Block.NOTHING ? "Rejected" : "Rejected and blocked");
    }

    private void reassign(Context ctx) {
        ProposalId id = proposalId(ctx);
        String text = ctx.formParam("contact");
        if (text == null || text.isBlank()) {
            throw PageException.badRequest("Choose the contact this message belongs to.");
        }
        ContactId contact = parse("contact", text, ContactId::parse);
        Contact target = stores.contacts().find(contact)
                .orElseThrow(() -> PageException.notFound("That contact no longer exists."));
        answer(ctx, useCases.review().reassign(new ReassignProposal.Command(id, contact, reviewer(ctx))),
                "Reassigned to " + target.name() + " and waiting for approval");
    }

    private void approveMany(Context ctx) {
        List<String> texts = ctx.formParams("id");
        if (texts.isEmpty()) {
            throw PageException.badRequest("Select the proposals to approve first (x selects one).");
        }
        if (texts.size() > PendingQuery.MAX_LIMIT) {
            throw PageException.badRequest("Approve at most " + PendingQuery.MAX_LIMIT + " at once.");
        }
        List<ProposalId> ids = texts.stream().map(text -> parse("id", text, ProposalId::parse)).toList();
        List<ReviewOutcome> outcomes = useCases.review().approveAll(new BulkApprove.Command(ids, reviewer(ctx), null));
        long applied = outcomes.stream().filter(ReviewOutcome.Applied.class::isInstance).count();
        String message = "Approved " + applied + " of " + outcomes.size()
                + (applied < outcomes.size() ? "; the others were already decided or could not be approved." : ".");
        if (Responses.wantsJson(ctx)) {
            responses.result(ctx, HttpStatus.OK, applied == outcomes.size(), message);
        } else {
            ctx.redirect("/inbox", HttpStatus.SEE_OTHER);
        }
    }

    private void answer(Context ctx, ReviewOutcome outcome, String done) {
        if (outcome instanceof ReviewOutcome.NotFound) {
            throw PageException.notFound("That proposal no longer exists.");
        }
        if (outcome instanceof ReviewOutcome.Conflict conflict) {
            throw new PageException(HttpStatus.CONFLICT, "Nothing changed: " + (conflict.reason() == null
                    ? "the proposal is " + conflict.current().state().name().toLowerCase() : conflict.reason()) + ".");
        }
        if (Responses.wantsJson(ctx)) {
            responses.result(ctx, HttpStatus.OK, true, done + ".");
        } else {
            ctx.redirect("/inbox", HttpStatus.SEE_OTHER);
        }
    }

    private static String filters(String... contactOrganizationMailboxAge) {
        String[] names = {"contact", "organization", "mailbox", "age"};
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (contactOrganizationMailboxAge[i] != null) {
                query.append(names[i]).append('=')
                        .append(URLEncoder.encode(contactOrganizationMailboxAge[i], StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.toString();
    }

    private static String label(Contact contact) {
        return contact.name() + " <" + contact.addresses().stream().findFirst().map(EmailAddress::value).orElse("") + ">";
    }

    private static ProposalId proposalId(Context ctx) {
        return parse("proposal", ctx.pathParam("id"), ProposalId::parse);
    }

    private static EmailAddress reviewer(Context ctx) {
        return SessionGuard.user(ctx).user();
    }

    static <T> T parse(String what, String text, Function<String, T> parser) {
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw PageException.badRequest("Not a valid " + what + ": " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
