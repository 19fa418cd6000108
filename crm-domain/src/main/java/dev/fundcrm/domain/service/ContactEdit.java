package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.port.in.EditContact.AddAddress;
import dev.fundcrm.domain.port.in.EditContact.AddAlias;
import dev.fundcrm.domain.port.in.EditContact.Change;
import dev.fundcrm.domain.port.in.EditContact.MoveTo;
import dev.fundcrm.domain.port.in.EditContact.RemoveAddress;
import dev.fundcrm.domain.port.in.EditContact.RemoveAlias;
import dev.fundcrm.domain.port.in.EditContact.Rename;
import java.util.ArrayList;
import java.util.List;

/**
 * A contact being changed, one {@link Change} after another, remembering which addresses were added (for the
 * backfill). Addresses compare by their normalized form. Not thread-safe: one per edit.
 */
final class ContactEdit {

    private final Contact original;
    private final List<EmailAddress> given;
    private final List<EmailAddress> aliases;
    private final List<EmailAddress> added = new ArrayList<>();
    private String name;
    private OrganizationId organization;

    ContactEdit(Contact contact) {
        this.original = contact;
        this.given = new ArrayList<>(contact.addresses());
        this.aliases = new ArrayList<>(contact.aliases());
        this.name = contact.name();
        this.organization = contact.organizationIdOrNull();
    }

    void apply(Change change) {
        if (change instanceof Rename rename) {
            name = rename.name();
        } else if (change instanceof MoveTo move) {
            organization = move.organizationOrNull();
        } else if (change instanceof AddAddress add) {
            add(given, add.address());
        } else if (change instanceof AddAlias add) {
            add(aliases, add.alias());
        } else if (change instanceof RemoveAddress remove) {
            remove(given, remove.address());
        } else if (change instanceof RemoveAlias remove) {
            remove(aliases, remove.alias());
        } else {
            throw new IllegalArgumentException("unknown change " + change);
        }
    }

    Contact result() {
        return new Contact(original.id(), name, given, aliases, organization);
    }

    /** Addresses this edit added that the contact did not have before. */
    List<EmailAddress> added() {
        return added.stream().filter(address -> !original.knows(address)).toList();
    }

    private void add(List<EmailAddress> list, EmailAddress address) {
        if (knows(address)) {
            return;
        }
        list.add(address);
        added.add(address);
    }

    private void remove(List<EmailAddress> list, EmailAddress address) {
        list.removeIf(address::sameMailboxAs);
        added.removeIf(address::sameMailboxAs);
    }

    private boolean knows(EmailAddress address) {
        return given.stream().anyMatch(address::sameMailboxAs) || aliases.stream().anyMatch(address::sameMailboxAs);
    }
}
