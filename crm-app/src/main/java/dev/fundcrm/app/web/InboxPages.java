package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.UseCases;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The inbox: pending proposals oldest first, grouped by thread, with filters by contact, organization,
 * mailbox and age, and the reassign form's contact search. The actions on them are {@link ReviewActions}.
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
                PageRoute.get("/inbox/contacts", PageAccess.MEMBER, this::searchContacts));
    }

    private void inbox(Context ctx) {
        String contact = Forms.blankToNull(ctx.queryParam("contact"));
        String organization = Forms.blankToNull(ctx.queryParam("organization"));
        String mailbox = Forms.blankToNull(ctx.queryParam("mailbox"));
        String age = Forms.blankToNull(ctx.queryParam("age"));
        PendingQuery query = new PendingQuery(
                contact == null ? null : Forms.parse("contact", contact, ContactId::parse),
                organization == null ? null : Forms.parse("organization", organization, OrganizationId::parse),
                mailbox == null ? null : Forms.parse("mailbox", mailbox, Mailbox::of),
                age == null ? null : clock.instant().minus(Duration.ofDays(Forms.parse("age", age, Integer::parseInt))),
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

}
