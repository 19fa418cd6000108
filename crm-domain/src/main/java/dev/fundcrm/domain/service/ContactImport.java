package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.port.in.CreateContact;
import dev.fundcrm.domain.port.in.CreateOrganization;
import dev.fundcrm.domain.port.in.EditOrganization;
import dev.fundcrm.domain.port.in.ImportContacts;
import dev.fundcrm.domain.port.in.ListPendingProposals;
import dev.fundcrm.domain.port.out.BackfillRequests;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.StoreException;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports rows through the same use cases as single changes (so the same rules and audit entries), each row on
 * its own: a failing row is reported with its number and the rest go on. The backfills the rows ask for are
 * collected and requested once at the end, merged into as few searches as their limit allows, so that a
 * thousand rows don't become a thousand searches of every mailbox. Not atomic across rows.
 */
public final class ContactImport implements ImportContacts {

    private final Contacts contacts;
    private final List<MailSearch> searches = new ArrayList<>();
    private final ContactDirectory people;
    private final OrganizationDirectory organizations;
    private final DirectoryRules rules;

    public ContactImport(Stores stores, ListPendingProposals queue, BackfillRequests backfills, Clock clock) {
        this.contacts = stores.contacts();
        BackfillRequests collect = this::collect;
        this.people = new ContactDirectory(stores, queue, collect, clock);
        this.organizations = new OrganizationDirectory(stores, collect, clock);
        this.rules = new DirectoryRules(stores.auditLog(), backfills, clock);
    }

    @Override
    public List<RowResult> importRows(Command command) {
        List<RowResult> results = new ArrayList<>();
        synchronized (searches) {
            searches.clear();
            for (Row row : command.rows()) {
                results.add(importRow(row, command.actor()));
            }
            rules.backfill(searches.stream().flatMap(search -> search.addresses().stream()).distinct().toList(),
                    searches.stream().flatMap(search -> search.domains().stream()).distinct().toList());
            searches.clear();
        }
        return results;
    }

    private RowResult importRow(Row row, EmailAddress actor) {
        try {
            EmailAddress email = EmailAddress.of(row.email() == null ? "" : row.email());
            Optional<Contact> known = contacts.findByAddress(email);
            OrganizationId organization = organization(row, actor);
            if (known.isPresent()) {
                return new RowResult(row.number(), Outcome.UNCHANGED, known.get().id().toString(), null);
            }
            Contact contact = people.create(new CreateContact.Command(row.name(), List.of(email), organization, actor));
            return new RowResult(row.number(), Outcome.CREATED, contact.id().toString(), null);
        } catch (IllegalArgumentException | StoreException e) {
            return new RowResult(row.number(), Outcome.FAILED, null, e.getMessage());
        }
    }

    /** The row's organization, found by name (ignoring case) or created, with the row's domains added; null if none. */
    private OrganizationId organization(Row row, EmailAddress actor) {
        if (row.organization() == null || row.organization().isBlank()) {
            if (!row.domains().isEmpty()) {
                throw new IllegalArgumentException("domains need an organization to belong to");
            }
            return null;
        }
        String name = row.organization().strip();
        Optional<Organization> existing = contacts.organizations().stream()
                .filter(organization -> organization.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (existing.isEmpty()) {
            return organizations.create(new CreateOrganization.Command(name, row.domains(), actor)).id();
        }
        List<EditOrganization.Change> changes = row.domains().stream()
                .<EditOrganization.Change>map(EditOrganization.AddDomain::new).toList();
        return organizations.edit(new EditOrganization.Command(existing.get().id(), changes, actor)).id();
    }

    private void collect(MailSearch search) {
        searches.add(search);
    }
}
