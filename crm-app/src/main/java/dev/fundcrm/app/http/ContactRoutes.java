package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.DirectoryProblems.attempt;

import dev.fundcrm.app.http.ContactViews.ContactPage;
import dev.fundcrm.app.http.ContactViews.ContactView;
import dev.fundcrm.app.http.ContactViews.ImportView;
import dev.fundcrm.app.http.ContactViews.TimelineView;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.port.in.CreateContact;
import dev.fundcrm.domain.port.in.EditContact;
import dev.fundcrm.domain.port.in.ImportContacts;
import dev.fundcrm.domain.port.in.ListContacts;
import dev.fundcrm.domain.port.out.ContactQuery;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.service.ContactDirectory;
import dev.fundcrm.domain.service.ContactImport;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The contacts: members read them (list, search, one, timeline), admins change them (create, rename, move,
 * addresses and aliases, CSV import), since a contact's addresses decide what mail becomes proposals. Every
 * added address asks for a backfill of its earlier mail (the sync runner runs it; the request answers at once).
 */
final class ContactRoutes implements RouteGroup {

    static final int DEFAULT_LIMIT = 50;

    public record NewContact(String name, List<String> addresses, String organization) {
    }

    /** Fields left out (or null) stay as they are; {@code organization: ""} removes the contact from its organization. */
    public record ContactChanges(String name, String organization) {
    }

    public record NewAddress(String address) {
    }

    private final Contacts contacts;
    private final ContactDirectory directory;
    private final ImportContacts imports;

    ContactRoutes(ApiContext context) {
        this.contacts = context.stores().contacts();
        this.directory = new ContactDirectory(context.stores(), context.useCases().queue(), context.backfills(),
                context.clock());
        this.imports = new ContactImport(context.stores(), context.useCases().queue(), context.backfills(),
                context.clock());
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/contacts", Access.MEMBER, "Contacts by name, a page at a time", this::list)
                        .query("q", "only contacts whose name or an address contains this text, ignoring case")
                        .query("cursor", "the previous page's nextCursor")
                        .query("limit", "page size, 1 to " + ContactQuery.MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
                        .returns(ContactPage.class),
                Route.post("/api/contacts", Access.ADMIN, "Add a contact (its earlier mail is backfilled)", this::create)
                        .body(NewContact.class).returns(ContactView.class, 201),
                Route.post("/api/contacts/import", Access.ADMIN,
                        "Import contacts from CSV (text/csv; header name,email,organization,domains)", this::importCsv)
                        .returns(ImportView.class),
                Route.get("/api/contacts/{id}", Access.MEMBER, "One contact", this::one).returns(ContactView.class),
                Route.patch("/api/contacts/{id}", Access.ADMIN, "Rename a contact or change its organization",
                        this::change).body(ContactChanges.class).returns(ContactView.class),
                Route.post("/api/contacts/{id}/addresses", Access.ADMIN, "Give a contact another address (backfilled)",
                        ctx -> edit(ctx, new EditContact.AddAddress(address(ctx)))).body(NewAddress.class)
                        .returns(ContactView.class),
                Route.delete("/api/contacts/{id}/addresses/{address}", Access.ADMIN, "Remove a contact's address",
                        ctx -> edit(ctx, new EditContact.RemoveAddress(pathAddress(ctx)))).returns(ContactView.class),
                Route.post("/api/contacts/{id}/aliases", Access.ADMIN, "Give a contact an alias (backfilled)",
                        ctx -> edit(ctx, new EditContact.AddAlias(address(ctx)))).body(NewAddress.class)
                        .returns(ContactView.class),
                Route.delete("/api/contacts/{id}/aliases/{address}", Access.ADMIN, "Remove a contact's alias",
                        ctx -> edit(ctx, new EditContact.RemoveAlias(pathAddress(ctx)))).returns(ContactView.class),
                Route.get("/api/contacts/{id}/timeline", Access.MEMBER,
                        "A contact's approved activities, newest first, and its open proposals", this::timeline)
                        .query("limit", "at most this many of each, 1 to " + PendingQuery.MAX_LIMIT
                                + " (default " + DEFAULT_LIMIT + ")")
                        .returns(TimelineView.class));
    }

    private void list(Context ctx) {
        ListContacts.Query query = new ListContacts.Query(ctx.queryParam("q"), ctx.queryParam("cursor"),
                Params.intQuery(ctx, "limit", 1, ContactQuery.MAX_LIMIT, DEFAULT_LIMIT));
        Page<Contact> page;
        try {
            page = directory.list(query);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("parameter 'cursor' is not a cursor this API gave out");
        }
        ctx.json(new ContactPage(page.items().stream().map(this::view).toList(), page.nextCursor()));
    }

    private void one(Context ctx) {
        ContactId id = Params.path(ctx, "id", ContactId::parse);
        ctx.json(view(contacts.find(id).orElseThrow(() -> ProblemException.notFound("no contact " + id))));
    }

    private void create(Context ctx) {
        NewContact request = Json.read(ctx, NewContact.class);
        if (request.addresses() == null || request.addresses().isEmpty()) {
            throw ProblemException.badRequest("field 'addresses' must list at least one address");
        }
        List<EmailAddress> addresses = request.addresses().stream()
                .map(address -> Params.field("addresses", address, EmailAddress::of)).toList();
        OrganizationId organization = request.organization() == null || request.organization().isBlank()
                ? null : Params.field("organization", request.organization(), OrganizationId::parse);
        Contact contact = attempt(() -> directory.create(
                new CreateContact.Command(request.name(), addresses, organization, actor(ctx))));
        ctx.status(HttpStatus.CREATED).json(view(contact));
    }

    private void change(Context ctx) {
        ContactId id = Params.path(ctx, "id", ContactId::parse);
        ContactChanges request = Json.read(ctx, ContactChanges.class);
        List<EditContact.Change> changes = new ArrayList<>();
        if (request.name() != null) {
            changes.add(new EditContact.Rename(request.name()));
        }
        if (request.organization() != null) {
            changes.add(new EditContact.MoveTo(request.organization().isBlank()
                    ? null : Params.field("organization", request.organization(), OrganizationId::parse)));
        }
        ctx.json(view(attempt(() -> directory.edit(new EditContact.Command(id, changes, actor(ctx))))));
    }

    private void edit(Context ctx, EditContact.Change change) {
        ContactId id = Params.path(ctx, "id", ContactId::parse);
        ctx.json(view(attempt(() -> directory.edit(new EditContact.Command(id, List.of(change), actor(ctx))))));
    }

    private void timeline(Context ctx) {
        ContactId id = Params.path(ctx, "id", ContactId::parse);
        int limit = Params.intQuery(ctx, "limit", 1, PendingQuery.MAX_LIMIT, DEFAULT_LIMIT);
        ctx.json(ContactViews.timeline(attempt(() -> directory.timeline(id, limit)), contacts));
    }

    private void importCsv(Context ctx) {
        List<ImportContacts.Row> rows = CsvContacts.rows(ctx);
        ctx.json(ContactViews.imported(imports.importRows(new ImportContacts.Command(rows, actor(ctx)))));
    }

    private static EmailAddress address(Context ctx) {
        return Params.field("address", Json.read(ctx, NewAddress.class).address(), EmailAddress::of);
    }

    private static EmailAddress pathAddress(Context ctx) {
        return Params.path(ctx, "address", EmailAddress::of);
    }

    private static EmailAddress actor(Context ctx) {
        return AccessGuard.user(ctx).user();
    }

    private ContactView view(Contact contact) {
        return ContactViews.contact(contact, contacts);
    }
}
