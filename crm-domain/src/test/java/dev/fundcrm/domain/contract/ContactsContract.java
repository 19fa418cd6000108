package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.out.AddressTakenException;
import dev.fundcrm.domain.port.out.ContactQuery;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.Stores;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Contacts} promises. Ties in ordering break by id in its text form (unsigned UUID order,
 * as PostgreSQL sorts uuid); an organization lookup by domain prefers the most specific owning domain.
 */
public abstract class ContactsContract {

    private Contacts contacts;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        contacts = newStores().contacts();
    }

    @Test
    void findsAContactByAnySpellingOfItsNormalizedAddress() {
        Contact jane = added(Contact.of("Jane", "jane@gmail.com"));

        assertThat(contacts.findByAddress(EmailAddress.of("J.Ane+x@GoogleMail.com"))).contains(jane);
        assertThat(contacts.findByAddress(EmailAddress.of("june@gmail.com"))).isEmpty();
    }

    @Test
    void findsAContactByItsAlias() {
        Contact jane = added(Contact.of("Jane", "jane@acme.example"));

        Contact withAlias = contacts.addAlias(jane.id(), EmailAddress.of("jd@jane-family.example"));

        assertThat(withAlias.aliases()).containsExactly(EmailAddress.of("jd@jane-family.example"));
        assertThat(contacts.findByAddress(EmailAddress.of("JD+news@Jane-Family.example"))).contains(withAlias);
        assertThat(contacts.find(jane.id())).contains(withAlias);
    }

    @Test
    void addingAnAliasTheContactAlreadyHasChangesNothing() {
        Contact jane = added(Contact.of("Jane", "jane@gmail.com"));
        contacts.addAlias(jane.id(), EmailAddress.of("jd@jane-family.example"));

        contacts.addAlias(jane.id(), EmailAddress.of("jd@jane-family.example"));
        Contact after = contacts.addAlias(jane.id(), EmailAddress.of("j.ane@gmail.com"));

        assertThat(after.aliases()).containsExactly(EmailAddress.of("jd@jane-family.example"));
        assertThat(contacts.find(jane.id())).contains(after);
    }

    @Test
    void refusesASecondContactWithTheSameNormalizedAddress() {
        Contact jane = added(Contact.of("Jane", "jane@gmail.com"));

        assertThatThrownBy(() -> contacts.add(Contact.of("Other Jane", "J.ane+lp@googlemail.com")))
                .isInstanceOf(AddressTakenException.class);
        assertThat(contacts.all()).containsExactly(jane);
    }

    @Test
    void refusesAContactWhoseAddressIsAnotherContactsAlias() {
        Contact jane = added(Contact.of("Jane", "jane@acme.example"));
        contacts.addAlias(jane.id(), EmailAddress.of("jd@jane-family.example"));

        assertThatThrownBy(() -> contacts.add(Contact.of("JD", "jd@jane-family.example")))
                .isInstanceOf(AddressTakenException.class);
        assertThat(contacts.all()).extracting(Contact::id).containsExactly(jane.id());
    }

    @Test
    void refusesAnAliasThatReachesAnotherContact() {
        Contact jane = added(Contact.of("Jane", "jane@acme.example"));
        Contact bob = added(Contact.of("Bob", "bob@acme.example"));

        assertThatThrownBy(() -> contacts.addAlias(bob.id(), EmailAddress.of("Jane+x@acme.example")))
                .isInstanceOf(AddressTakenException.class);
        assertThat(contacts.find(bob.id())).contains(bob);
        assertThat(contacts.findByAddress(EmailAddress.of("jane@acme.example"))).contains(jane);
    }

    @Test
    void refusesAnAliasForAnUnknownContact() {
        assertThatThrownBy(() -> contacts.addAlias(ContactId.random(), EmailAddress.of("x@acme.example")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(contacts.findByAddress(EmailAddress.of("x@acme.example"))).isEmpty();
    }

    @Test
    void unknownIdsFindNothing() {
        added(Contact.of("Jane", "jane@acme.example"));
        contacts.addOrganization(Organization.of("Acme", "acme.example"));

        assertThat(contacts.find(ContactId.random())).isEmpty();
        assertThat(contacts.findOrganization(OrganizationId.random())).isEmpty();
    }

    @Test
    void findAllGivesEachExistingContactOnceAndSkipsUnknownIds() {
        Organization acme = Organization.of("Acme", "acme.example");
        contacts.addOrganization(acme);
        Contact jane = added(new Contact(ContactId.random(), "Jane", List.of(EmailAddress.of("jane@acme.example")),
                List.of(EmailAddress.of("jd@jane-family.example")), acme.id()));
        Contact raj = added(Contact.of("Raj", "raj@other.example"));
        added(Contact.of("Tom", "tom@other.example"));

        assertThat(contacts.findAll(List.of(jane.id(), ContactId.random(), raj.id(), jane.id())))
                .containsExactlyInAnyOrder(jane, raj);
        assertThat(contacts.findAll(List.of())).isEmpty();
    }

    @Test
    void keepsEveryFieldOfAContact() {
        Organization acme = Organization.of("Acme", "acme.example");
        contacts.addOrganization(acme);
        Contact jane = new Contact(ContactId.random(), "Jane Doe",
                List.of(EmailAddress.of("jane@acme.example"), EmailAddress.of("jane.doe@gmail.com")),
                List.of(EmailAddress.of("jd@jane-family.example")), acme.id());

        contacts.add(jane);

        assertThat(contacts.find(jane.id())).contains(jane);
        assertThat(contacts.findByAddress(EmailAddress.of("janedoe@gmail.com"))).contains(jane);
        assertThat(contacts.findOrganization(acme.id())).contains(acme);
    }

    @Test
    void listsContactsByNameThenIdInTextOrder() {
        Contact late = added(contactWithId("80000000-0000-0000-0000-000000000000", "Dana", "dana@one.example"));
        Contact early = added(contactWithId("10000000-0000-0000-0000-000000000000", "Dana", "dana@two.example"));
        Contact carol = added(Contact.of("Carol", "carol@acme.example"));
        Contact alice = added(Contact.of("Alice", "alice@acme.example"));

        assertThat(contacts.all()).containsExactly(alice, carol, early, late);
    }

    @Test
    void searchesNamesAndAddressesIgnoringCaseUpToTheLimitByName() {
        Contact zoe = added(Contact.of("Zoe Doe", "zoe@acme.example"));
        Contact bob = added(Contact.of("Bob", "bob.DOE@acme.example"));
        Contact ann = added(Contact.of("Ann Doe", "ann@acme.example"));
        added(Contact.of("Carl", "carl@other.example"));

        assertThat(contacts.search("doe", 10)).containsExactly(ann, bob, zoe);
        assertThat(contacts.search("DOE", 2)).containsExactly(ann, bob);
        assertThat(contacts.search("ACME", 10)).containsExactly(ann, bob, zoe);
        assertThat(contacts.search("nobody", 10)).isEmpty();
    }

    @Test
    void searchFindsAContactByAlias() {
        Contact jane = added(Contact.of("Jane", "jane@acme.example"));
        Contact withAlias = contacts.addAlias(jane.id(), EmailAddress.of("jd@jane-family.example"));

        assertThat(contacts.search("Family", 10)).containsExactly(withAlias);
    }

    @Test
    void anUpdateReplacesNameOrganizationAddressesAndAliases() {
        Organization acme = Organization.of("Acme", "acme.example");
        contacts.addOrganization(acme);
        Contact jane = added(new Contact(ContactId.random(), "Jane", List.of(EmailAddress.of("jane@old.example")),
                List.of(EmailAddress.of("jd@old.example")), null));
        Contact changed = new Contact(jane.id(), "Jane Doe", List.of(EmailAddress.of("jane@acme.example")),
                List.of(EmailAddress.of("jd@jane-family.example")), acme.id());

        contacts.update(changed);

        assertThat(contacts.find(jane.id())).contains(changed);
        assertThat(contacts.findByAddress(EmailAddress.of("jane@acme.example"))).contains(changed);
        assertThat(contacts.findByAddress(EmailAddress.of("jd@jane-family.example"))).contains(changed);
        assertThat(contacts.findByAddress(EmailAddress.of("jane@old.example"))).isEmpty();
        assertThat(contacts.findByAddress(EmailAddress.of("jd@old.example"))).isEmpty();
    }

    @Test
    void anAddressAnUpdateRemovedIsFreeForAnotherContact() {
        Contact jane = added(new Contact(ContactId.random(), "Jane", List.of(EmailAddress.of("jane@acme.example"),
                EmailAddress.of("shared@acme.example")), List.of(), null));
        contacts.update(new Contact(jane.id(), "Jane", List.of(EmailAddress.of("jane@acme.example")), List.of(), null));

        Contact desk = added(Contact.of("Desk", "shared@acme.example"));

        assertThat(contacts.findByAddress(EmailAddress.of("shared@acme.example"))).contains(desk);
    }

    @Test
    void anUpdateGivingAnotherContactsAddressIsRefusedAndChangesNothing() {
        Contact jane = added(Contact.of("Jane", "jane@acme.example"));
        added(Contact.of("Bob", "bob@acme.example"));

        assertThatThrownBy(() -> contacts.update(new Contact(jane.id(), "Jane Doe",
                List.of(EmailAddress.of("jane@acme.example")), List.of(EmailAddress.of("Bob+x@acme.example")), null)))
                .isInstanceOf(AddressTakenException.class);
        assertThat(contacts.find(jane.id())).contains(jane);
        assertThat(contacts.findByAddress(EmailAddress.of("jane@acme.example"))).contains(jane);
    }

    @Test
    void updatingAnUnknownContactIsRefused() {
        assertThatThrownBy(() -> contacts.update(Contact.of("Ghost", "ghost@acme.example")))
                .isInstanceOf(UnknownRecordException.class);
        assertThat(contacts.findByAddress(EmailAddress.of("ghost@acme.example"))).isEmpty();
    }

    @Test
    void listsPagesAfterAPositionInNameThenIdOrder() {
        Contact late = added(contactWithId("80000000-0000-0000-0000-000000000000", "Dana", "dana@one.example"));
        Contact early = added(contactWithId("10000000-0000-0000-0000-000000000000", "Dana", "dana@two.example"));
        Contact carol = added(Contact.of("Carol", "carol@acme.example"));
        Contact alice = added(Contact.of("Alice", "alice@acme.example"));

        List<Contact> first = contacts.list(ContactQuery.firstPage("", 2));
        List<Contact> second = contacts.list(ContactQuery.firstPage("", 2).after(carol.name(), carol.id()));
        List<Contact> tie = contacts.list(ContactQuery.firstPage("", 2).after(early.name(), early.id()));

        assertThat(first).containsExactly(alice, carol);
        assertThat(second).containsExactly(early, late);
        assertThat(tie).containsExactly(late);
        assertThat(contacts.list(ContactQuery.firstPage("", 2).after(late.name(), late.id()))).isEmpty();
    }

    @Test
    void listsOnlyContactsMatchingTheTextIgnoringCase() {
        Contact zoe = added(Contact.of("Zoe Doe", "zoe@acme.example"));
        Contact bob = added(Contact.of("Bob", "bob.DOE@acme.example"));
        Contact ann = added(Contact.of("Ann Doe", "ann@acme.example"));
        added(Contact.of("Carl", "carl@other.example"));

        assertThat(contacts.list(ContactQuery.firstPage("dOe", 2))).containsExactly(ann, bob);
        assertThat(contacts.list(ContactQuery.firstPage("dOe", 2).after(bob.name(), bob.id()))).containsExactly(zoe);
        assertThat(contacts.list(ContactQuery.firstPage("100%_!", 10))).isEmpty();
    }

    private Contact added(Contact contact) {
        contacts.add(contact);
        return contact;
    }

    private static Contact contactWithId(String uuid, String name, String address) {
        return new Contact(new ContactId(UUID.fromString(uuid)), name, List.of(EmailAddress.of(address)), List.of(),
                null);
    }
}
