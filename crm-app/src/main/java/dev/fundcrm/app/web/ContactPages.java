package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.UseCases;
import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A contact's page: the approved activity on their record, newest first, and the proposals still waiting. */
final class ContactPages {

    private static final int TIMELINE_SIZE = 200;

    private final UseCases useCases;
    private final Stores stores;
    private final Responses responses;
    private final Formats formats;
    private final Rows rows;

    ContactPages(ApiContext context, Responses responses, Formats formats) {
        this.useCases = context.useCases();
        this.stores = context.stores();
        this.responses = responses;
        this.formats = formats;
        this.rows = new Rows(formats);
    }

    List<PageRoute> pages() {
        return List.of(PageRoute.get("/contacts/{id}", PageAccess.MEMBER, this::show));
    }

    private void show(Context ctx) {
        ContactId id = Forms.parse("contact", ctx.pathParam("id"), ContactId::parse);
        Contact contact = stores.contacts().find(id)
                .orElseThrow(() -> PageException.notFound("There is no such contact."));
        String organization = contact.organizationId().flatMap(stores.contacts()::findOrganization)
                .map(Organization::name).orElse("");
        List<Views.TimelineEntry> timeline = stores.activities().forContact(id, TIMELINE_SIZE).stream()
                .map(this::entry).toList();
        List<Views.Row> open = useCases.queue().list(PendingQuery.firstPage(InboxPages.PAGE_SIZE).forContact(id))
                .items().stream().map(rows::row).toList();
        String addresses = Stream.concat(contact.addresses().stream(), contact.aliases().stream())
                .map(EmailAddress::value).collect(Collectors.joining(", "));
        responses.page(ctx, "contact.jte", new Views.ContactPage(Responses.chrome(ctx, contact.name(), "inbox"),
                id.toString(), contact.name(), addresses, organization, timeline, open));
    }

    private Views.TimelineEntry entry(Activity activity) {
        return new Views.TimelineEntry(formats.date(activity.occurredAt()),
                Formats.word(activity.direction()), activity.subject().isBlank() ? "(subject not shown)"
                        : activity.subject(), activity.excerpt(), activity.approvedBy().value(),
                Formats.messageHref(activity.messageKey().value()));
    }
}
