package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Proposals;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.StoreFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Proposals} promises about the review queue: pending proposals only, oldest first by
 * (occurredAt, id in text form), in pages whose cursors walk the whole queue without gaps or repeats (also
 * when proposals are decided between pages), a last page without a next cursor, and filters that join the
 * messages' sightings and the contacts' organizations.
 */
public abstract class PendingProposalsContract {

    private static final String ANNA = "anna@fund.example";
    private static final String BEN = "ben@fund.example";
    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-03T08:00:00Z");
    private static final EmailAddress REVIEWER = EmailAddress.of("rita@fund.example");
    /** Fixed, so that their proposals on message m1 order one way as text and the other as signed UUIDs. */
    private static final ContactId JANE_ID = new ContactId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final ContactId BOB_ID = new ContactId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    private Stores stores;
    private Proposals proposals;
    private StoreFixtures fixtures;
    private Organization acme;
    private Contact jane;
    private Contact bob;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        stores = newStores();
        proposals = stores.proposals();
        fixtures = new StoreFixtures(stores);
        acme = fixtures.organization("Acme", "acme.example");
        jane = fixtures.contact(new Contact(JANE_ID, "Jane", List.of(EmailAddress.of("jane@acme.example")), List.of(),
                acme.id()));
        bob = fixtures.contact(new Contact(BOB_ID, "Bob", List.of(EmailAddress.of("bob@lp.example")), List.of(), null));
    }

    @Test
    void listsPendingProposalsOldestFirstThenById() {
        Proposal third = fixtures.proposal(fixtures.captured(message(ANNA, "m3", T3)), jane);
        ParsedMessage first = fixtures.captured(message(ANNA, "m1", T1));
        List<Proposal> sameTime = sortedById(fixtures.proposal(first, jane), fixtures.proposal(first, bob));
        Proposal second = fixtures.proposal(fixtures.captured(message(ANNA, "m2", T2)), bob);
        Proposal approved = fixtures.proposal(fixtures.captured(message(ANNA, "m0", T1)), bob);
        proposals.update(approved.approve(REVIEWER, T3, Visibility.SUBJECT));

        assertThat(proposals.pending(PendingQuery.firstPage(10)).items())
                .containsExactly(sameTime.get(0), sameTime.get(1), second, third);
    }

    @Test
    void walkingEveryPageGivesEachPendingProposalOnceInOrder() {
        List<Proposal> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(fixtures.proposal(fixtures.captured(message(ANNA, "m" + i, T1.plusSeconds(i % 3))), jane));
        }
        all.sort(Comparator.comparing(Proposal::occurredAt).thenComparing(p -> p.id().toString()));

        List<Page<Proposal>> pages = walk(PendingQuery.firstPage(3));

        assertThat(pages).extracting(page -> page.items().size()).containsExactly(3, 3, 1);
        assertThat(pages.stream().flatMap(page -> page.items().stream())).containsExactlyElementsOf(all);
    }

    @Test
    void aPageThatEndsTheQueueHasNoNextCursor() {
        for (int i = 0; i < 4; i++) {
            fixtures.proposal(fixtures.captured(message(ANNA, "m" + i, T1.plusSeconds(i))), jane);
        }

        Page<Proposal> first = proposals.pending(PendingQuery.firstPage(2));
        Page<Proposal> second = proposals.pending(PendingQuery.firstPage(2).after(first.nextCursor()));

        assertThat(first.next()).isPresent();
        assertThat(second.items()).hasSize(2);
        assertThat(second.next()).isEmpty();
        assertThat(proposals.pending(PendingQuery.firstPage(4)).next()).isEmpty();
        assertThat(proposals.pending(PendingQuery.firstPage(4).forContact(bob.id())).items()).isEmpty();
    }

    @Test
    void decidingProposalsBetweenPagesNeitherRepeatsNorSkipsTheRest() {
        List<Proposal> queue = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queue.add(fixtures.proposal(fixtures.captured(message(ANNA, "m" + i, T1.plusSeconds(i))), jane));
        }
        Page<Proposal> first = proposals.pending(PendingQuery.firstPage(2));
        proposals.update(queue.get(0).approve(REVIEWER, T3, Visibility.SUBJECT));
        proposals.update(queue.get(2).reject(REVIEWER, T3, "noise"));

        Page<Proposal> second = proposals.pending(PendingQuery.firstPage(2).after(first.nextCursor()));

        assertThat(first.items()).containsExactly(queue.get(0), queue.get(1));
        assertThat(second.items()).containsExactly(queue.get(3), queue.get(4));
    }

    @Test
    void refusesACursorItDidNotHandOut() {
        fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        String foreign = Base64.getUrlEncoder().encodeToString("someone else's cursor".getBytes());

        assertThatThrownBy(() -> proposals.pending(PendingQuery.firstPage(2).after("not a cursor!")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proposals.pending(PendingQuery.firstPage(2).after(foreign)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersByContact() {
        ParsedMessage shared = fixtures.captured(message(ANNA, "m1", T1));
        Proposal forJane = fixtures.proposal(shared, jane);
        fixtures.proposal(shared, bob);
        fixtures.proposal(fixtures.captured(message(ANNA, "m2", T2)), bob);

        assertThat(proposals.pending(PendingQuery.firstPage(10).forContact(jane.id())).items())
                .containsExactly(forJane);
    }

    @Test
    void filtersByOrganizationThroughNewPeopleAndContactsOfIt() {
        Organization other = fixtures.organization("Other", "other.example");
        Contact elsewhere = fixtures.contactAt(other, "Olga", "olga@other.example");
        Proposal forJane = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        Proposal newPerson = fixtures.newPersonProposal(fixtures.captured(message(ANNA, "m2", T2)), acme,
                "newbie@acme.example");
        fixtures.proposal(fixtures.captured(message(ANNA, "m3", T1)), bob);
        fixtures.proposal(fixtures.captured(message(ANNA, "m4", T1)), elsewhere);
        fixtures.newPersonProposal(fixtures.captured(message(ANNA, "m5", T1)), other, "x@other.example");

        assertThat(proposals.pending(PendingQuery.firstPage(10).forOrganization(acme.id())).items())
                .containsExactly(forJane, newPerson);
    }

    @Test
    void anOrganizationsQueuePagesThroughItsNewPeopleAndContactsTogetherInOrder() {
        List<Proposal> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(fixtures.proposal(fixtures.captured(message(ANNA, "j" + i, T1.plusSeconds(2 * i))), jane));
            ParsedMessage fromNewPerson = fixtures.captured(message(ANNA, "n" + i, T1.plusSeconds(2 * i + 1)));
            expected.add(fixtures.newPersonProposal(fromNewPerson, acme, "new" + i + "@acme.example"));
            fixtures.proposal(fixtures.captured(message(ANNA, "b" + i, T1.plusSeconds(i))), bob);
        }

        List<Page<Proposal>> pages = walk(PendingQuery.firstPage(2).forOrganization(acme.id()));

        assertThat(pages).extracting(page -> page.items().size()).containsExactly(2, 2, 2);
        assertThat(pages.stream().flatMap(page -> page.items().stream())).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersByAMailboxThatSightedTheMessage() {
        ParsedMessage seenByBoth = fixtures.captured(message(ANNA, "m1", T1));
        stores.messages().recordSighting(seenByBoth.key(), ref(BEN, "b1"), Disposition.CAPTURED);
        Proposal inBoth = fixtures.proposal(seenByBoth, jane);
        Proposal onlyBen = fixtures.proposal(fixtures.captured(message(BEN, "b2", T2)), jane);
        Proposal onlyAnna = fixtures.proposal(fixtures.captured(message(ANNA, "m3", T3)), jane);

        assertThat(proposals.pending(PendingQuery.firstPage(10).forMailbox(Mailbox.of(BEN))).items())
                .containsExactly(inBoth, onlyBen);
        assertThat(proposals.pending(PendingQuery.firstPage(10).forMailbox(Mailbox.of(ANNA))).items())
                .containsExactly(inBoth, onlyAnna);
    }

    @Test
    void filtersByMessagesStrictlyOlderThanAMoment() {
        Proposal old = fixtures.proposal(fixtures.captured(message(ANNA, "m1", T1)), jane);
        fixtures.proposal(fixtures.captured(message(ANNA, "m2", T2)), jane);

        assertThat(proposals.pending(PendingQuery.firstPage(10).olderThan(T2)).items()).containsExactly(old);
    }

    @Test
    void filtersCombineAndPageTogether() {
        List<Proposal> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(fixtures.proposal(fixtures.captured(message(ANNA, "j" + i, T1.plusSeconds(i))), jane));
            fixtures.proposal(fixtures.captured(message(ANNA, "b" + i, T1.plusSeconds(i))), bob);
        }
        fixtures.proposal(fixtures.captured(message(ANNA, "late", T3)), jane);

        List<Page<Proposal>> pages = walk(PendingQuery.firstPage(2).forContact(jane.id()).olderThan(T2));

        assertThat(pages.stream().flatMap(page -> page.items().stream())).containsExactlyElementsOf(expected);
    }

    private List<Page<Proposal>> walk(PendingQuery firstPage) {
        List<Page<Proposal>> pages = new ArrayList<>();
        Page<Proposal> page = proposals.pending(firstPage);
        pages.add(page);
        while (page.next().isPresent() && pages.size() <= 100) {
            page = proposals.pending(firstPage.after(page.nextCursor()));
            pages.add(page);
        }
        return pages;
    }

    private static List<Proposal> sortedById(Proposal... proposals) {
        return Arrays.stream(proposals).sorted(Comparator.comparing(p -> p.id().toString())).toList();
    }
}
