package dev.fundcrm.gmail;

import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.services.gmail.GmailScopes;
import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.port.out.CaptureException;
import dev.fundcrm.gmail.fake.FakeMailbox;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.Route;
import dev.fundcrm.domain.model.Secret;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Gmail source on its own: checkpoints, what it lists, batches, retries and what it says when refused. */
class GmailMailboxSourceTest {

    private static final Mailbox MAILBOX = Mailbox.of(ANNA);

    private final GmailTestbed testbed = new GmailTestbed();
    private final FakeMailbox anna = testbed.fake().user(ANNA);
    private final GmailMailboxSource source = new GmailMailboxSource(testbed.gmail());

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void theFirstSyncTakesTheHistoryIdBeforeListingSoMailArrivingMeanwhileComesNext() {
        List<String> ids = add(5);
        long historyAtStart = anna.historyId();

        ChangePage first = source.changes(MAILBOX, Checkpoint.START, 2);
        String arrived = anna.add(Letters.letter("lea@lp.example", ANNA, "arrived meanwhile", "<new@lp.example>",
                now()));
        List<ChangePage> rest = walk(first.next(), 2);

        assertThat(first.next().value()).startsWith("full:" + historyAtStart + ":5:");
        assertThat(first.estimatedTotal()).isEqualTo(5);
        assertThat(rest).allSatisfy(page -> assertThat(page.estimatedTotal()).isIn(5L, -1L));
        assertThat(ids(first, rest)).containsExactlyInAnyOrderElementsOf(ids);
        Checkpoint caughtUp = rest.get(rest.size() - 1).next();
        assertThat(caughtUp.value()).isEqualTo("history:" + historyAtStart);
        assertThat(ids(source.changes(MAILBOX, caughtUp, 10), List.of())).containsExactly(arrived);
        assertThat(testbed.fake().stats(ANNA).calls(Route.PROFILE)).isEqualTo(1);
    }

    @Test
    void aRestartResumesTheListingAtTheStoredPage() {
        add(7);
        ChangePage first = source.changes(MAILBOX, Checkpoint.START, 3);

        ChangePage resumed = new GmailMailboxSource(testbed.gmail()).changes(MAILBOX, first.next(), 3);

        assertThat(resumed.refs()).hasSize(3).doesNotContainAnyElementsOf(first.refs());
        assertThat(testbed.fake().stats(ANNA).calls(Route.PROFILE)).isEqualTo(1);
        assertThat(testbed.fake().stats(ANNA).calls(Route.MESSAGES_LIST)).isEqualTo(2);
    }

    @Test
    void draftsSpamAndTrashAreLeftOutWhileMailTheMemberSentIsListed() {
        String received = anna.add(Letters.letter("lea@lp.example", ANNA, "received", "<r1@lp.example>", now()));
        String sent = anna.add(Letters.letter(ANNA, "lea@lp.example", "sent", "<s1@fund.example>", now()), "SENT");
        anna.add(Letters.letter(ANNA, "lea@lp.example", "draft", "<d1@fund.example>", now()), "DRAFT");
        anna.add(Letters.letter("spam@spam.example", ANNA, "spam", "<x1@spam.example>", now()), "SPAM");
        List<ChangePage> full = walk(Checkpoint.START, 10);
        String sentLater = anna.add(Letters.letter(ANNA, "lea@lp.example", "later", "<s2@fund.example>", now()),
                "SENT");
        anna.add(Letters.letter(ANNA, "lea@lp.example", "draft 2", "<d2@fund.example>", now()), "DRAFT");
        anna.add(Letters.letter("lea@lp.example", ANNA, "binned", "<t1@lp.example>", now()), "TRASH");

        ChangePage incremental = source.changes(MAILBOX, full.get(full.size() - 1).next(), 10);

        assertThat(ids(full.get(0), full.subList(1, full.size()))).containsExactlyInAnyOrder(received, sent);
        assertThat(ids(incremental, List.of())).containsExactly(sentLater);
    }

    @Test
    void historyGmailNoLongerKeepsMeansStartingOver() {
        add(2);
        Checkpoint caughtUp = walk(Checkpoint.START, 10).get(0).next();
        anna.expireHistoryBefore(anna.historyId() + 100);

        CaptureException failure = catchThrowableOfType(CaptureException.class,
                () -> source.changes(MAILBOX, caughtUp, 10));

        assertThat(failure.kind()).isEqualTo(CaptureException.Kind.HISTORY_EXPIRED);
        assertThat(failure).hasNoCause();
    }

    @Test
    void aCheckpointThatIsNotGmailsMeansStartingOver() {
        CaptureException failure = catchThrowableOfType(CaptureException.class,
                () -> source.changes(MAILBOX, new Checkpoint("mbox:4711"), 10));

        assertThat(failure.kind()).isEqualTo(CaptureException.Kind.HISTORY_EXPIRED);
    }

    @Test
    void headersAreReadInBatchesOfTheConfiguredSizeOneAtATimeInTheOrderAsked() {
        List<MessageRef> refs = new ArrayList<>(refs(add(60)));
        Collections.reverse(refs);

        List<FetchedMessage> fetched = source.fetchHeaders(MAILBOX, refs);

        assertThat(fetched).extracting(FetchedMessage::ref).containsExactlyElementsOf(refs);
        assertThat(fetched).allSatisfy(message -> assertThat(message).isInstanceOf(FetchedMessage.Parsed.class));
        assertThat(testbed.fake().stats(ANNA).calls(Route.MESSAGES_GET)).isEqualTo(60);
        assertThat(testbed.fake().stats(ANNA).maxInFlight()).isEqualTo(25);
        assertThat(testbed.fake().stats(ANNA).calls(Route.ATTACHMENTS_GET)).isZero();
    }

    @Test
    void innerCallsRefusedForConcurrencyAreSentAgainNotLost() {
        List<MessageRef> refs = refs(add(60));
        testbed.fake().quota().concurrencyCap(10);

        List<FetchedMessage> fetched = source.fetchHeaders(MAILBOX, refs);

        assertThat(fetched).extracting(FetchedMessage::ref).containsExactlyElementsOf(refs);
        assertThat(fetched).allSatisfy(message -> assertThat(message).isInstanceOf(FetchedMessage.Parsed.class));
        assertThat(testbed.fake().stats(ANNA).overConcurrency()).isPositive();
        assertThat(testbed.gmail().stats().of(ANNA).rateLimited())
                .isEqualTo(testbed.fake().stats(ANNA).overConcurrency());
    }

    @Test
    void aMessageGmailKeepsFailingToServeIsUnparseableAloneAndTheRestIsRead() {
        List<String> ids = add(10);
        testbed.fake().faults().always(Route.MESSAGES_GET, ids.get(3), Fault.serverError(500));

        List<FetchedMessage> fetched = source.fetchHeaders(MAILBOX, refs(ids));

        assertThat(fetched.get(3)).isEqualTo(new FetchedMessage.Unparseable(refs(ids).get(3),
                "Gmail answered HTTP 500 (backendError) for this message 6 times", ""));
        assertThat(fetched).filteredOn(FetchedMessage.Parsed.class::isInstance).hasSize(9);
    }

    @Test
    void whenGmailFailsEveryCallTheMailboxIsRetriedLaterAndNothingIsQuarantined() {
        List<String> ids = add(3);
        testbed.fake().faults().sometimes(1.0, 1, Route.MESSAGES_GET, Fault.serverError(503));

        CaptureException failure = catchThrowableOfType(CaptureException.class,
                () -> source.fetchHeaders(MAILBOX, refs(ids)));

        assertThat(failure.kind()).isEqualTo(CaptureException.Kind.TEMPORARY);
        assertThat(failure).hasMessage("reading message headers (6 attempts): Gmail answered HTTP 503 (backendError)");
    }

    @Test
    void listingRidesOutResetsServerErrorsMalformedAnswersAndQuota() {
        add(30);
        testbed.fake().faults().next(3, Route.MESSAGES_LIST, Fault.connectionReset())
                .next(1, Route.MESSAGES_LIST, Fault.serverError(502))
                .next(1, Route.MESSAGES_LIST, Fault.malformedJson())
                .next(1, Route.PROFILE, Fault.serverError(503));
        testbed.fake().quota().budget(12, Duration.ofMinutes(1));

        List<ChangePage> pages = walk(Checkpoint.START, 10);

        assertThat(ids(pages.get(0), pages.subList(1, pages.size()))).hasSize(30);
        assertThat(testbed.fake().stats(ANNA).overBudget()).isPositive();
        assertThat(testbed.gmail().stats().of(ANNA).retries()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void manyCallsShareOneToken() {
        List<String> ids = add(30);
        walk(Checkpoint.START, 10);
        source.fetchHeaders(MAILBOX, refs(ids));
        source.fetchFull(refs(ids).get(0));

        assertThat(testbed.fake().tokenRequests()).singleElement()
                .satisfies(request -> assertThat(request.scopes()).containsExactly(GmailScopes.GMAIL_READONLY));
    }

    @Test
    void aScopeMissingInTheGrantTellsTheAdminWhatToAdd() {
        testbed.fake().revokeGrant(testbed.gmail().clientId()).grant(testbed.gmail().clientId(),
                GmailScopes.GMAIL_COMPOSE);

        CaptureException failure = catchThrowableOfType(CaptureException.class,
                () -> source.changes(MAILBOX, Checkpoint.START, 10));

        assertThat(failure.kind()).isEqualTo(CaptureException.Kind.PERMISSION);
        assertThat(failure).hasNoCause().hasMessage("the delegation grant for client id 104729000000000000001 lacks "
                + "scope https://www.googleapis.com/auth/gmail.readonly: add it in the Google Admin console under "
                + "Security > Access and data control > API controls > Domain-wide delegation");
    }

    @Test
    void aSuspendedUserIsAPermissionFailureNamingTheUser() {
        anna.suspend();

        CaptureException failure = catchThrowableOfType(CaptureException.class,
                () -> source.changes(MAILBOX, Checkpoint.START, 10));

        assertThat(failure.kind()).isEqualTo(CaptureException.Kind.PERMISSION);
        assertThat(failure).hasNoCause().hasMessage("anna@fund.example is unknown or suspended in Google Workspace");
    }

    @Test
    void aKeyGoogleNoLongerAcceptsIsNamedAsTheTrouble() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()).replace("\n", "\\n");
        String json = testbed.fake().serviceAccountKeyJson().replaceAll(
                "(?s)(BEGIN PRIVATE KEY-----\\\\n).*?(\\\\n-----END)", "$1" + Matcher.quoteReplacement(otherKey) + "$2");
        DelegatedGmail replaced = testbed.gmail(settings -> GmailSettings.defaults(Secret.of(json))
                .withEndpoints(settings.rootUrl(), settings.tokenUri()));

        CaptureException failure = catchThrowableOfType(CaptureException.class,
                () -> new GmailMailboxSource(replaced).changes(MAILBOX, Checkpoint.START, 10));

        assertThat(failure.kind()).isEqualTo(CaptureException.Kind.PERMISSION);
        assertThat(failure).hasMessage("Google refused the service account's key for client id "
                + "104729000000000000001 (a deleted or disabled key, or this server's clock is off): check the key in "
                + "CRM_GOOGLE_CREDENTIALS");
    }

    private List<String> add(int count) {
        return IntStream.range(0, count).mapToObj(index -> anna.add(Letters.letter("lea@lp.example", ANNA,
                "note " + index, "<n" + index + "@lp.example>", now().minusSeconds(count - index)))).toList();
    }

    private List<MessageRef> refs(List<String> ids) {
        return ids.stream().map(id -> MessageRef.of(ANNA, id, anna.message(id).orElseThrow().threadId())).toList();
    }

    private Instant now() {
        return testbed.time().clock().instant();
    }

    private List<ChangePage> walk(Checkpoint from, int pageSize) {
        List<ChangePage> pages = new ArrayList<>();
        Checkpoint at = from;
        ChangePage page;
        do {
            page = source.changes(MAILBOX, at, pageSize);
            pages.add(page);
            at = page.next();
        } while (page.hasMore() && pages.size() < 100);
        return pages;
    }

    private static List<String> ids(ChangePage first, List<ChangePage> rest) {
        List<String> ids = new ArrayList<>();
        first.refs().forEach(ref -> ids.add(ref.messageId().value()));
        rest.forEach(page -> page.refs().forEach(ref -> ids.add(ref.messageId().value())));
        return ids;
    }
}
