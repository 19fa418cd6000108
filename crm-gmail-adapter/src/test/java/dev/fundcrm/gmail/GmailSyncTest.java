package dev.fundcrm.gmail;

import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static dev.fundcrm.gmail.GmailTestbed.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.services.gmail.GmailScopes;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.gmail.fake.FakeMailbox;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.Route;
import dev.fundcrm.gmail.fake.UserStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The domain's real MailboxSync over the Gmail source and in-memory stores, against the fake Gmail through
 * Google's clients: every message stored once under quota and faults, a restart resuming where it stopped,
 * expired history recovered, an idle sync's cost, and a missing scope marking the mailbox. One message in ten is
 * from a known contact and becomes a proposal; the rest are kept as identifiers only.
 */
class GmailSyncTest {

    private static final int CONTACTS = 20;

    private final GmailTestbed testbed = new GmailTestbed();
    private final Stores stores = InMemoryStores.create();
    private final Instant start = testbed.time().clock().instant();

    @BeforeEach
    void registerMailboxesAndContacts() {
        stores.mailboxes().register(MailboxAccount.of(ANNA));
        stores.mailboxes().register(MailboxAccount.of(BEN));
        for (int contact = 0; contact < CONTACTS; contact++) {
            stores.contacts().add(Contact.of("Partner " + contact, contactAddress(contact)));
        }
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void twoThousandMessagesUnderTheUserBudgetWithFaultsAreEachStoredOnceAndNoneLost() {
        List<String> ids = seed(ANNA, 0, 2_000);
        testbed.fake().faults()
                .sometimes(0.02, 7, Route.MESSAGES_GET, Fault.serverError(503))
                .sometimes(0.01, 11, Route.MESSAGES_GET, Fault.malformedJson())
                .sometimes(0.02, 13, Route.BATCH, Fault.connectionReset())
                .sometimes(0.05, 17, Route.MESSAGES_LIST, Fault.serverError(500))
                .sometimes(0.05, 19, Route.MESSAGES_LIST, Fault.connectionReset());

        SyncOutcome outcome = sync().sync(Mailbox.of(ANNA));

        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        SyncReport report = ((SyncOutcome.Completed) outcome).report();
        assertThat(report.listed()).isEqualTo(2_000);
        assertThat(report.newMessages()).isEqualTo(2_000);
        assertThat(report.quarantined()).isZero();
        assertThat(report.estimatedTotal()).isEqualTo(2_000);
        assertEachStoredOnce(ANNA, ids, 0);
        assertThat(stores.proposals().countPending()).isEqualTo(200);
        UserStats served = testbed.fake().stats(ANNA);
        assertThat(served.overBudget()).as("429s drawn: the limiter counts a minute as Gmail does").isZero();
        assertThat(testbed.fake().faults().injected(Route.MESSAGES_GET)).isPositive();
        assertThat(testbed.fake().faults().injected(Route.BATCH)).isPositive();
        assertThat(testbed.fake().faults().injected(Route.MESSAGES_LIST)).isPositive();
        assertThat(testbed.gmail().stats().of(ANNA).retries()).isPositive();
        assertThat(served.maxInFlight()).isLessThanOrEqualTo(25);
        assertThat(testbed.time().elapsed()).as("paced to 6,000 units a minute")
                .isGreaterThan(Duration.ofSeconds(60L * served.unitsSpent() / 6_000 - 60));
    }

    @Test
    void aSyncStoppedMidwayResumesFromItsStoredPageAndListsLessThanAFreshOne() {
        List<String> annas = seed(ANNA, 0, 600);
        seed(BEN, 1_000, 600);
        MailboxSync sync = sync();

        assertThatThrownBy(() -> sync.sync(Mailbox.of(ANNA), (mailbox, soFar) -> {
            if (soFar.pages() == 3) {
                throw new IllegalStateException("the instance went down");
            }
        })).hasMessage("the instance went down");
        long listedBefore = testbed.fake().stats(ANNA).calls(Route.MESSAGES_LIST);
        SyncOutcome resumed = sync().sync(Mailbox.of(ANNA));
        SyncOutcome fresh = sync().sync(Mailbox.of(BEN));

        long resumedListCalls = testbed.fake().stats(ANNA).calls(Route.MESSAGES_LIST) - listedBefore;
        assertThat(resumed).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(fresh).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(resumedListCalls).isEqualTo(3).isLessThan(testbed.fake().stats(BEN).calls(Route.MESSAGES_LIST));
        assertThat(testbed.fake().stats(ANNA).calls(Route.PROFILE)).isEqualTo(1);
        assertThat(((SyncOutcome.Completed) resumed).report().newMessages()).isEqualTo(300);
        assertEachStoredOnce(ANNA, annas, 0);
    }

    @Test
    void expiredHistoryIsRecoveredByAFullSyncWithoutDuplicates() {
        List<String> ids = new ArrayList<>(seed(ANNA, 0, 300));
        assertThat(sync().sync(Mailbox.of(ANNA))).isInstanceOf(SyncOutcome.Completed.class);
        ids.addAll(seed(ANNA, 300, 20));
        FakeMailbox anna = testbed.fake().user(ANNA);
        anna.expireHistoryBefore(anna.historyId());

        SyncOutcome outcome = sync().sync(Mailbox.of(ANNA));

        SyncReport report = ((SyncOutcome.Completed) outcome).report();
        assertThat(report.restartedAfterExpiredHistory()).isTrue();
        assertThat(report.alreadyKnown()).isEqualTo(300);
        assertThat(report.newMessages()).isEqualTo(20);
        assertEachStoredOnce(ANNA, ids, 0);
        assertThat(stores.proposals().countPending()).isEqualTo(32);
    }

    @Test
    void anIdleIncrementalSyncCostsExactlyOneHistoryList() {
        seed(ANNA, 0, 50);
        sync().sync(Mailbox.of(ANNA));
        UserStats before = testbed.fake().stats(ANNA);
        int tokensBefore = testbed.fake().tokenRequests().size();

        SyncOutcome idle = sync().sync(Mailbox.of(ANNA));

        UserStats after = testbed.fake().stats(ANNA);
        assertThat(((SyncOutcome.Completed) idle).report().listed()).isZero();
        assertThat(after.requests() - before.requests()).isEqualTo(1);
        assertThat(after.calls(Route.HISTORY_LIST) - before.calls(Route.HISTORY_LIST)).isEqualTo(1);
        assertThat(after.unitsSpent() - before.unitsSpent()).isEqualTo(2);
        assertThat(testbed.fake().tokenRequests()).hasSize(tokensBefore);
    }

    @Test
    void aScopeMissingInTheGrantMarksTheMailboxForAnAdmin() {
        seed(ANNA, 0, 5);
        testbed.fake().revokeGrant(testbed.gmail().clientId()).grant(testbed.gmail().clientId(),
                GmailScopes.GMAIL_COMPOSE);

        SyncOutcome outcome = sync().sync(Mailbox.of(ANNA));

        String expected = "the delegation grant for client id " + testbed.gmail().clientId() + " lacks scope "
                + GmailScopes.GMAIL_READONLY + ": add it in the Google Admin console under Security > Access and "
                + "data control > API controls > Domain-wide delegation";
        assertThat(outcome).isEqualTo(new SyncOutcome.PermissionDenied(expected));
        assertThat(stores.mailboxes().state(Mailbox.of(ANNA)).status()).isEqualTo(SyncStatus.NEEDS_ATTENTION);
        assertThat(stores.mailboxes().state(Mailbox.of(ANNA)).lastError()).isEqualTo(expected);
    }

    @Test
    void aSuspendedMemberMarksTheMailboxForAnAdmin() {
        testbed.fake().user(ANNA).suspend();

        SyncOutcome outcome = sync().sync(Mailbox.of(ANNA));

        assertThat(outcome).isEqualTo(new SyncOutcome.PermissionDenied(
                "anna@fund.example is unknown or suspended in Google Workspace"));
        assertThat(stores.mailboxes().state(Mailbox.of(ANNA)).status()).isEqualTo(SyncStatus.NEEDS_ATTENTION);
    }

    private MailboxSync sync() {
        return new MailboxSync(new GmailMailboxSource(testbed.gmail()), stores,
                new MessageTriage(FundDomains.of("fund.example"), stores.contacts()), testbed.time().clock(),
                MailboxSync.DEFAULT_PAGE_SIZE);
    }

    /** Messages {@code from} .. {@code from + count - 1}; every tenth from a contact, the rest from strangers. */
    private List<String> seed(String user, int from, int count) {
        FakeMailbox mailbox = testbed.fake().user(user);
        return IntStream.range(from, from + count).mapToObj(index -> mailbox.add(Letters.letter(sender(index), user,
                "Note " + index, messageId(index), start.minus(Duration.ofMinutes(5_000 - index))))).toList();
    }

    private void assertEachStoredOnce(String user, List<String> ids, int firstIndex) {
        FakeMailbox mailbox = testbed.fake().user(user);
        List<GmailMessageId> gmailIds = ids.stream().map(GmailMessageId::new).toList();
        assertThat(stores.messages().knownIds(Mailbox.of(user), gmailIds)).hasSize(ids.size());
        for (int offset = 0; offset < ids.size(); offset++) {
            int index = firstIndex + offset;
            MessageKey key = MessageKey.of(new MessageId(messageId(index)));
            MessageRef ref = MessageRef.of(user, ids.get(offset), mailbox.message(ids.get(offset)).orElseThrow().threadId());
            assertThat(stores.messages().sightings(key)).as("sightings of message %d", index).containsExactly(ref);
            assertThat(stores.proposals().forMessage(key)).hasSize(index % 10 == 0 ? 1 : 0);
        }
        assertThat(stores.messages().quarantined(10_000)).isEmpty();
    }

    private static String sender(int index) {
        return index % 10 == 0 ? contactAddress(index / 10 % CONTACTS) : "sender" + index + "@stranger" + index % 50
                + ".example";
    }

    private static String contactAddress(int contact) {
        return "lp" + contact + "@partners" + contact + ".example";
    }

    private static String messageId(int index) {
        return "<m" + index + "@mail.example>";
    }
}
