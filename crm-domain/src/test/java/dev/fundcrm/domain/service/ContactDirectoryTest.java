package dev.fundcrm.domain.service;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.in.CreateContact;
import dev.fundcrm.domain.port.in.CreateOrganization;
import dev.fundcrm.domain.port.in.EditContact;
import dev.fundcrm.domain.port.in.EditOrganization;
import dev.fundcrm.domain.port.in.ListContacts;
import dev.fundcrm.domain.port.out.AddressTakenException;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingBackfillRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContactDirectoryTest {

    private static final EmailAddress ADMIN = EmailAddress.of("alice@fund.example");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

    private final Stores stores = InMemoryStores.create();
    private final RecordingBackfillRequests backfills = new RecordingBackfillRequests();
    private final ContactDirectory people = new ContactDirectory(stores, new ReviewQueue(stores), backfills, CLOCK);
    private final OrganizationDirectory organizations = new OrganizationDirectory(stores, backfills, CLOCK);

    @Test
    void creatingAContactAuditsItAndAsksForABackfillOfItsAddresses() {
        Contact lena = create("Lena", "lena@lp.example", "Lena.P@gmail.com");

        assertThat(stores.contacts().find(lena.id())).contains(lena);
        assertThat(backfills.requested()).containsExactly(MailSearch.forAddresses(lena.addresses()));
        assertThat(stores.auditLog().about(lena.id().toString()))
                .singleElement().satisfies(event -> {
                    assertThat(event.action()).isEqualTo("contact.created");
                    assertThat(event.actor()).isEqualTo(ADMIN.canonical());
                });
    }

    @Test
    void anAddressOfAnotherContactIsRefusedBeforeAnythingIsWritten() {
        create("Lena", "lena@lp.example");

        assertThatThrownBy(() -> create("Copy", "LENA+x@lp.example")).isInstanceOf(AddressTakenException.class);
        assertThat(stores.contacts().all()).hasSize(1);
        assertThat(backfills.requested()).hasSize(1);
    }

    @Test
    void editingAppliesEveryChangeAndBackfillsOnlyWhatWasAdded() {
        Organization lp = organizations.create(new CreateOrganization.Command("LP", List.of("lp.example"), ADMIN));
        Contact lena = create("Lena", "lena@lp.example");

        Contact edited = people.edit(new EditContact.Command(lena.id(), List.of(
                new EditContact.Rename("Lena Partner"), new EditContact.MoveTo(lp.id()),
                new EditContact.AddAlias(EmailAddress.of("lena@home.example")),
                new EditContact.AddAddress(EmailAddress.of("l.partner@lp.example")),
                new EditContact.RemoveAddress(EmailAddress.of("lena@lp.example"))), ADMIN));

        assertThat(edited.name()).isEqualTo("Lena Partner");
        assertThat(edited.organizationIdOrNull()).isEqualTo(lp.id());
        assertThat(edited.addresses()).containsExactly(EmailAddress.of("l.partner@lp.example"));
        assertThat(edited.aliases()).containsExactly(EmailAddress.of("lena@home.example"));
        assertThat(stores.contacts().find(lena.id())).contains(edited);
        assertThat(backfills.requested()).last().isEqualTo(MailSearch.forAddresses(
                List.of(EmailAddress.of("lena@home.example"), EmailAddress.of("l.partner@lp.example"))));
        assertThat(stores.auditLog().about(lena.id().toString())).extracting(e -> e.action())
                .containsExactly("contact.created", "contact.updated");
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        Contact lena = create("Lena", "lena@lp.example");

        people.edit(new EditContact.Command(lena.id(), List.of(new EditContact.AddAddress(EmailAddress.of("Lena@lp.example"))),
                ADMIN));

        assertThat(stores.auditLog().about(lena.id().toString())).hasSize(1);
        assertThat(backfills.requested()).hasSize(1);
    }

    @Test
    void aContactKeepsAnAddressAndItsOrganizationMustExist() {
        Contact lena = create("Lena", "lena@lp.example");

        assertThatThrownBy(() -> people.edit(new EditContact.Command(lena.id(),
                List.of(new EditContact.RemoveAddress(EmailAddress.of("lena@lp.example"))), ADMIN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one address");
        assertThatThrownBy(() -> people.edit(new EditContact.Command(lena.id(),
                List.of(new EditContact.MoveTo(OrganizationId.random())), ADMIN)))
                .isInstanceOf(UnknownRecordException.class);
        assertThat(stores.contacts().find(lena.id())).contains(lena);
    }

    @Test
    void addingADomainBackfillsItAndRemovingOneFreesIt() {
        Organization lp = organizations.create(new CreateOrganization.Command("LP", List.of("LP.example"), ADMIN));

        Organization edited = organizations.edit(new EditOrganization.Command(lp.id(), List.of(
                new EditOrganization.AddDomain("lp-capital.example"), new EditOrganization.RemoveDomain("lp.example")),
                ADMIN));

        assertThat(edited.domains()).containsExactly("lp-capital.example");
        assertThat(backfills.requested()).containsExactly(MailSearch.forDomains(List.of("lp.example")),
                MailSearch.forDomains(List.of("lp-capital.example")));
        assertThatThrownBy(() -> organizations.edit(new EditOrganization.Command(lp.id(),
                List.of(new EditOrganization.AddDomain("localhost")), ADMIN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localhost");
    }

    @Test
    void listingPagesThroughEveryContactWithCursors() {
        IntStream.rangeClosed(1, 5).forEach(i -> create("Person " + i, "p" + i + "@lp.example"));

        Page<Contact> first = people.list(new ListContacts.Query("person", "", 2));
        Page<Contact> second = people.list(new ListContacts.Query("person", first.nextCursor(), 2));
        Page<Contact> last = people.list(new ListContacts.Query("person", second.nextCursor(), 2));

        assertThat(first.items()).extracting(Contact::name).containsExactly("Person 1", "Person 2");
        assertThat(second.items()).extracting(Contact::name).containsExactly("Person 3", "Person 4");
        assertThat(last.items()).extracting(Contact::name).containsExactly("Person 5");
        assertThat(last.nextCursor()).isEmpty();
        assertThatThrownBy(() -> people.list(new ListContacts.Query("", "not a cursor", 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBackfillAskedForByAnAddedAddressTurnsEarlierMailIntoProposals() {
        ContactBackfill backfill = backfillOverEarlierMailFromLena();

        create("Lena", "lena@lp.example");
        backfills.runAll(backfill);

        assertThat(stores.proposals().countPending()).isEqualTo(1);
    }

    @Test
    void aBackfillAskedForByAnAddedDomainProposesTheNewPeopleThere() {
        ContactBackfill backfill = backfillOverEarlierMailFromLena();

        organizations.create(new CreateOrganization.Command("LP", List.of("lp.example"), ADMIN));
        backfills.runAll(backfill);

        assertThat(stores.proposals().countPending()).isEqualTo(1);
    }

    /** Mail from lena@lp.example in a team mailbox, synced while nobody knew her: it proposed nothing. */
    private ContactBackfill backfillOverEarlierMailFromLena() {
        InMemoryMailboxSource source = new InMemoryMailboxSource();
        MailboxSync sync = new MailboxSync(source, stores,
                new MessageTriage(FundDomains.of("fund.example"), stores.contacts()), CLOCK, 10);
        stores.mailboxes().register(MailboxAccount.of("anna@fund.example"));
        source.add(message("anna@fund.example", "from-lena"));
        sync.sync(stores.mailboxes().all().get(0).mailbox());
        assertThat(stores.proposals().countPending()).isZero();
        return new ContactBackfill(sync, stores);
    }

    private Contact create(String name, String... addresses) {
        return people.create(new CreateContact.Command(name,
                Arrays.stream(addresses).map(EmailAddress::of).toList(), null, ADMIN));
    }
}
