package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.port.out.Stores;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The fund the synthetic mail is about: its team mailboxes, the LP organizations, each with a domain, and their
 * contacts, spread round-robin over the organizations. Ids derive from the index, so every run (and both write
 * paths) see the same fund. Immutable.
 */
final class SyntheticFund {

    private final List<Mailbox> mailboxes = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();

    SyntheticFund(int mailboxCount, int organizationCount, int contactCount) {
        for (int i = 0; i < mailboxCount; i++) {
            mailboxes.add(Mailbox.of(String.format("partner%02d@fund.example", i + 1)));
        }
        for (int i = 0; i < organizationCount; i++) {
            organizations.add(new Organization(new OrganizationId(uuid("organization", i)), "LP Holdings " + i,
                    Set.of("lp" + i + ".example")));
        }
        for (int i = 0; i < contactCount; i++) {
            Organization organization = organizationOf(i);
            String domain = organization.domains().iterator().next();
            contacts.add(new Contact(new ContactId(uuid("contact", i)), "Partner Number" + i,
                    List.of(EmailAddress.of("partner.number" + i + "@" + domain)), List.of(), organization.id()));
        }
    }

    /** Adds the organizations and contacts, which proposals refer to. */
    void storeIn(Stores stores) {
        organizations.forEach(stores.contacts()::addOrganization);
        contacts.forEach(stores.contacts()::add);
    }

    List<Mailbox> mailboxes() {
        return List.copyOf(mailboxes);
    }

    List<Organization> organizations() {
        return List.copyOf(organizations);
    }

    List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    Mailbox mailbox(int index) {
        return mailboxes.get(index);
    }

    Organization organization(int index) {
        return organizations.get(index);
    }

    Contact contact(int index) {
        return contacts.get(index);
    }

    Organization organizationOf(int contactIndex) {
        return organizations.get(contactIndex % organizations.size());
    }

    private static UUID uuid(String kind, int index) {
        return UUID.nameUUIDFromBytes(("bench " + kind + " " + index).getBytes(StandardCharsets.UTF_8));
    }
}
