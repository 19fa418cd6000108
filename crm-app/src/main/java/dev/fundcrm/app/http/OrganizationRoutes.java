package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.DirectoryProblems.attempt;

import dev.fundcrm.app.http.ContactViews.OrganizationView;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.port.in.CreateOrganization;
import dev.fundcrm.domain.port.in.EditOrganization;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.service.OrganizationDirectory;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * The organizations and their mail domains: members read them, admins change them, since a domain decides
 * whose mail becomes a "new person at this organization" proposal. Every added domain asks for a backfill.
 */
final class OrganizationRoutes implements RouteGroup {

    public record NewOrganization(String name, List<String> domains) {
    }

    public record OrganizationChanges(String name) {
    }

    public record NewDomain(String domain) {
    }

    private final Contacts contacts;
    private final OrganizationDirectory directory;

    OrganizationRoutes(ApiContext context) {
        this.contacts = context.stores().contacts();
        this.directory = new OrganizationDirectory(context.stores(), context.backfills(), context.clock());
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/organizations", Access.MEMBER, "Organizations by name", ctx -> ctx.json(
                        contacts.organizations().stream().map(ContactViews::organization).toList()))
                        .returns(OrganizationView[].class),
                Route.post("/api/organizations", Access.ADMIN, "Add an organization with its mail domains (backfilled)",
                        this::create).body(NewOrganization.class).returns(OrganizationView.class, 201),
                Route.get("/api/organizations/{id}", Access.MEMBER, "One organization", this::one)
                        .returns(OrganizationView.class),
                Route.patch("/api/organizations/{id}", Access.ADMIN, "Rename an organization", this::rename)
                        .body(OrganizationChanges.class).returns(OrganizationView.class),
                Route.post("/api/organizations/{id}/domains", Access.ADMIN, "Add a mail domain (backfilled)",
                        ctx -> edit(ctx, new EditOrganization.AddDomain(Params.field("domain",
                                Json.read(ctx, NewDomain.class).domain(), domain -> domain))))
                        .body(NewDomain.class).returns(OrganizationView.class),
                Route.delete("/api/organizations/{id}/domains/{domain}", Access.ADMIN, "Remove a mail domain",
                        ctx -> edit(ctx, new EditOrganization.RemoveDomain(ctx.pathParam("domain"))))
                        .returns(OrganizationView.class));
    }

    private void one(Context ctx) {
        OrganizationId id = Params.path(ctx, "id", OrganizationId::parse);
        ctx.json(ContactViews.organization(contacts.findOrganization(id)
                .orElseThrow(() -> ProblemException.notFound("no organization " + id))));
    }

    private void create(Context ctx) {
        NewOrganization request = Json.read(ctx, NewOrganization.class);
        List<String> domains = request.domains() == null ? List.of() : request.domains();
        if (domains.contains(null)) {
            throw ProblemException.badRequest("field 'domains' holds a null");
        }
        ctx.status(HttpStatus.CREATED).json(ContactViews.organization(attempt(() -> directory.create(
                new CreateOrganization.Command(request.name(), domains, AccessGuard.user(ctx).user())))));
    }

    private void rename(Context ctx) {
        String name = Params.field("name", Json.read(ctx, OrganizationChanges.class).name(), text -> text);
        edit(ctx, new EditOrganization.Rename(name));
    }

    private void edit(Context ctx, EditOrganization.Change change) {
        OrganizationId id = Params.path(ctx, "id", OrganizationId::parse);
        ctx.json(ContactViews.organization(attempt(() -> directory.edit(
                new EditOrganization.Command(id, List.of(change), AccessGuard.user(ctx).user())))));
    }
}
