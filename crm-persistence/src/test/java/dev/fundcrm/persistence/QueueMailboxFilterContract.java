package dev.fundcrm.persistence;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.StoreFixtures;
import dev.fundcrm.persistence.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mailbox filter's two shapes ({@link QueueMailboxFilter}) give the same queue: a mailbox with more sightings
 * than {@link QueueMailboxFilter#FEW_SIGHTINGS} (the queue walk), one with a few (its keys first) and one with none
 * (no query). The domain's PendingProposalsContract only reaches the second: its mailboxes see a few messages.
 */
abstract class QueueMailboxFilterContract {

    private static final String BUSY = "busy@fund.example";
    private static final String FEW = "few@fund.example";
    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");

    private TestDatabase database;

    protected abstract TestDatabase freshDatabase();

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void busyFewAndQuietMailboxesFilterTheQueueAlike() {
        database = freshDatabase();
        Stores stores = JdbiStores.create(database);
        StoreFixtures fixtures = new StoreFixtures(stores);
        Contact jane = fixtures.contact("Jane", "jane@acme.example");
        Contact raj = fixtures.contact("Raj", "raj@lp.example");
        for (int i = 0; i <= QueueMailboxFilter.FEW_SIGHTINGS; i++) {
            ParsedMessage unmatched = message(BUSY, "u" + i, T1);
            stores.messages().recordSighting(unmatched.key(), unmatched.ref(), Disposition.UNMATCHED);
        }
        Proposal busyOnly = fixtures.proposal(fixtures.captured(message(BUSY, "b1", T1)), jane);
        ParsedMessage seenByBoth = fixtures.captured(message(FEW, "f2", T1.plusSeconds(60)));
        stores.messages().recordSighting(seenByBoth.key(), ref(BUSY, "b2"), Disposition.CAPTURED);
        Proposal inBoth = fixtures.proposal(seenByBoth, raj);
        Proposal fewOnly = fixtures.proposal(fixtures.captured(message(FEW, "f3", T1.plusSeconds(120))), jane);
        Proposal decided = fixtures.proposal(fixtures.captured(message(BUSY, "b4", T1.plusSeconds(180))), jane);
        stores.proposals().update(decided.approve(EmailAddress.of(BUSY), T1, Visibility.SUBJECT));

        assertThat(pageOf(stores, PendingQuery.firstPage(10).forMailbox(Mailbox.of(BUSY))))
                .containsExactly(busyOnly, inBoth);
        Page<Proposal> first = stores.proposals().pending(PendingQuery.firstPage(1).forMailbox(Mailbox.of(BUSY)));
        assertThat(first.items()).containsExactly(busyOnly);
        assertThat(pageOf(stores, PendingQuery.firstPage(1).forMailbox(Mailbox.of(BUSY)).after(first.nextCursor())))
                .containsExactly(inBoth);
        assertThat(pageOf(stores, PendingQuery.firstPage(10).forMailbox(Mailbox.of(BUSY)).forContact(jane.id())))
                .containsExactly(busyOnly);
        assertThat(pageOf(stores, PendingQuery.firstPage(10).forMailbox(Mailbox.of(FEW))))
                .containsExactly(inBoth, fewOnly);
        assertThat(pageOf(stores, PendingQuery.firstPage(10).forMailbox(Mailbox.of(FEW)).forContact(jane.id())))
                .containsExactly(fewOnly);
        assertThat(pageOf(stores, PendingQuery.firstPage(10).forMailbox(Mailbox.of("quiet@fund.example"))))
                .isEmpty();
    }

    private static List<Proposal> pageOf(Stores stores, PendingQuery query) {
        return stores.proposals().pending(query).items();
    }
}
