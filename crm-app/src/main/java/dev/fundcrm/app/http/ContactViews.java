package dev.fundcrm.app.http;

import dev.fundcrm.app.http.ProposalViews.ProposalView;
import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.port.in.ImportContacts.Outcome;
import dev.fundcrm.domain.port.in.ImportContacts.RowResult;
import dev.fundcrm.domain.port.in.ShowTimeline.Timeline;
import dev.fundcrm.domain.port.out.Contacts;
import java.time.Instant;
import java.util.List;

/**
 * What the contact and organization routes answer: records Jackson writes, so names and subjects that came
 * from people or captured mail are JSON-escaped on the way out.
 */
final class ContactViews {

    private ContactViews() {
    }

    /** A contact; {@code organization} is null when it has none. */
    public record ContactView(String id, String name, List<String> addresses, List<String> aliases,
                              OrganizationRef organization) {
    }

    public record OrganizationRef(String id, String name) {
    }

    /** An organization with its mail domains (ASCII, sorted). */
    public record OrganizationView(String id, String name, List<String> domains) {
    }

    /** A page of contacts by name; {@code nextCursor} is "" on the last page. */
    public record ContactPage(List<ContactView> items, String nextCursor) {
    }

    /** A message approved onto the contact's record; subject and excerpt as the approval's visibility allows. */
    public record ActivityView(String id, String proposalId, String messageKey, Instant occurredAt, String direction,
                               String visibility, String subject, String excerpt, String approvedBy,
                               Instant approvedAt) {
    }

    /** The contact's approved activities, newest first, and its proposals still waiting, oldest first. */
    public record TimelineView(ContactView contact, List<ActivityView> activities, List<ProposalView> openProposals) {
    }

    /** An import's counts and one result per data row, numbered as a spreadsheet shows them (the header is row 1). */
    public record ImportView(long created, long unchanged, long failed, List<RowResult> rows) {
    }

    static ContactView contact(Contact contact, Contacts contacts) {
        OrganizationRef organization = contact.organizationId().flatMap(contacts::findOrganization)
                .map(found -> new OrganizationRef(found.id().toString(), found.name())).orElse(null);
        return new ContactView(contact.id().toString(), contact.name(), values(contact.addresses()),
                values(contact.aliases()), organization);
    }

    static OrganizationView organization(Organization organization) {
        return new OrganizationView(organization.id().toString(), organization.name(),
                organization.domains().stream().sorted().toList());
    }

    static TimelineView timeline(Timeline timeline, Contacts contacts) {
        return new TimelineView(contact(timeline.contact(), contacts),
                timeline.activities().stream().map(ContactViews::activity).toList(),
                timeline.openProposals().stream().map(ProposalViews::proposal).toList());
    }

    static ImportView imported(List<RowResult> rows) {
        return new ImportView(count(rows, Outcome.CREATED), count(rows, Outcome.UNCHANGED),
                count(rows, Outcome.FAILED), rows);
    }

    private static ActivityView activity(Activity activity) {
        return new ActivityView(activity.id().toString(), activity.proposalId().toString(),
                activity.messageKey().value(), activity.occurredAt(), activity.direction().name(),
                activity.visibility().name(), activity.subject(), activity.excerpt(),
                activity.approvedBy().canonical(), activity.approvedAt());
    }

    private static long count(List<RowResult> rows, Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    private static List<String> values(List<EmailAddress> addresses) {
        return addresses.stream().map(EmailAddress::value).toList();
    }
}
