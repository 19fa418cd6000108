package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.in.CreateContact;
import dev.fundcrm.domain.port.in.EditContact;
import dev.fundcrm.domain.port.in.ListContacts;
import dev.fundcrm.domain.port.in.ListPendingProposals;
import dev.fundcrm.domain.port.in.ShowTimeline;
import dev.fundcrm.domain.port.out.AddressTakenException;
import dev.fundcrm.domain.port.out.BackfillRequests;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contacts' use cases with their rules: an address reaches one contact (checked here for a clear message,
 * enforced by the store), a contact keeps at least one address, its organization exists; every change is
 * audited under the contact's id; every added address is backfilled through {@link BackfillRequests}, after
 * the change is stored. Thread-safe as its stores are; two edits of one contact racing may lose one (last
 * writer wins), which suits a handful of admins.
 */
public final class ContactDirectory implements CreateContact, EditContact, ListContacts, ShowTimeline {

    private final Contacts contacts;
    private final ListPendingProposals queue;
    private final Stores stores;
    private final DirectoryRules rules;

    public ContactDirectory(Stores stores, ListPendingProposals queue, BackfillRequests backfills, Clock clock) {
        this.stores = stores;
        this.contacts = stores.contacts();
        this.queue = queue;
        this.rules = new DirectoryRules(stores.auditLog(), backfills, clock);
    }

    @Override
    public Contact create(CreateContact.Command command) {
        if (command.addresses().isEmpty()) {
            throw new IllegalArgumentException("a contact needs at least one address");
        }
        String name = DirectoryRules.name("a contact", command.name(), false);
        requireOrganization(command.organizationOrNull());
        List<EmailAddress> addresses = distinct(command.addresses());
        addresses.forEach(address -> requireFree(address, null));
        Contact contact = new Contact(ContactId.random(), name, addresses, List.of(), command.organizationOrNull());
        contacts.add(contact);
        rules.audit(command.actor(), "contact.created", contact.id().toString(), describe(addresses));
        rules.backfill(addresses, List.of());
        return contact;
    }

    @Override
    public Contact edit(EditContact.Command command) {
        Contact contact = contacts.find(command.contact())
                .orElseThrow(() -> new UnknownRecordException("contact " + command.contact()));
        ContactEdit edit = new ContactEdit(contact);
        command.changes().forEach(edit::apply);
        Contact updated = edit.result();
        if (updated.equals(contact)) {
            return contact;
        }
        if (updated.allAddresses().isEmpty()) {
            throw new IllegalArgumentException("a contact keeps at least one address");
        }
        DirectoryRules.name("a contact", updated.name(), false);
        if (!updated.organizationId().equals(contact.organizationId())) {
            requireOrganization(updated.organizationIdOrNull());
        }
        edit.added().forEach(address -> requireFree(address, contact.id()));
        contacts.update(updated);
        rules.audit(command.actor(), "contact.updated", contact.id().toString(),
                command.changes().stream().map(Object::toString).collect(Collectors.joining("; ")));
        rules.backfill(edit.added(), List.of());
        return updated;
    }

    @Override
    public Page<Contact> list(ListContacts.Query query) {
        List<Contact> page = contacts.list(ContactCursor.query(query));
        String next = page.size() < query.limit() ? "" : ContactCursor.after(page.get(page.size() - 1));
        return new Page<>(page, next);
    }

    @Override
    public Timeline timeline(ContactId id, int limit) {
        Contact contact = contacts.find(id).orElseThrow(() -> new UnknownRecordException("contact " + id));
        return new Timeline(contact, stores.activities().forContact(id, limit),
                queue.list(PendingQuery.firstPage(limit).forContact(id)).items());
    }

    private void requireOrganization(OrganizationId organization) {
        if (organization != null && contacts.findOrganization(organization).isEmpty()) {
            throw new UnknownRecordException("organization " + organization);
        }
    }

    private void requireFree(EmailAddress address, ContactId claimant) {
        contacts.findByAddress(address).filter(owner -> !owner.id().equals(claimant)).ifPresent(owner -> {
            throw new AddressTakenException("the address " + address);
        });
    }

    private static List<EmailAddress> distinct(List<EmailAddress> addresses) {
        List<EmailAddress> kept = new ArrayList<>();
        for (EmailAddress address : addresses) {
            if (kept.stream().noneMatch(address::sameMailboxAs)) {
                kept.add(address);
            }
        }
        return kept;
    }

    private static String describe(List<EmailAddress> addresses) {
        return addresses.stream().map(EmailAddress::canonical).collect(Collectors.joining(", "));
    }
}
