package dev.fundcrm.domain.endtoend;

import static dev.fundcrm.domain.testkit.demo.DemoMailboxes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.model.ReplyMode;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.CreateReplyDraft;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import dev.fundcrm.domain.port.in.RejectProposal;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.UseCases;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.RecordingDrafts;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole loop on the demo fund: two team mailboxes -> sync -> exactly the expected proposals -> approve
 * some, reject one -> activities exactly on the approved contacts -> sync again, nothing new -> a reply-all
 * draft with exactly the expected recipients and headers -> the digest through the fallback transport when
 * the preferred one fails, to admins only. Runs on any {@link Stores}: in memory here, on H2 and PostgreSQL
 * in crm-persistence.
 */
public abstract class CaptureReviewLoopContract {

    private static final Instant SYNC_TIME = Instant.parse("2026-11-24T15:00:00Z");
    private static final LocalDate DIGEST_DAY = LocalDate.parse("2026-11-25");
    private static final EmailAddress REVIEWER = EmailAddress.of(DemoFund.ALICE);
    private static final Mailbox ALICE = Mailbox.of(DemoFund.ALICE);
    private static final Mailbox BOB = Mailbox.of(DemoFund.BOB);

    private Stores stores;
    private InMemoryMailboxSource source;
    private RecordingDrafts drafts;
    private RecordingOutboundMail gmail;
    private RecordingOutboundMail smtp;
    private MutableClock clock;
    private UseCases fund;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void setUpFund() {
        stores = newStores();
        DemoFund.seed(stores);
        source = new InMemoryMailboxSource();
        DemoMailboxes.load(source);
        drafts = new RecordingDrafts();
        gmail = new RecordingOutboundMail("gmail");
        smtp = new RecordingOutboundMail("smtp");
        clock = new MutableClock(SYNC_TIME);
        fund = UseCases.wire(new UseCases.Ports(stores, source, drafts, gmail, smtp, new TemplateDigestWriter()),
                DemoFund.settings(), clock, 7);
    }

    @Test
    void theWholeLoopDoesExactlyWhatTheFundExpects() {
        SyncReport alice = completed(fund.sync().sync(ALICE));
        SyncReport bob = completed(fund.sync().sync(BOB));

        assertThat(alice).extracting(SyncReport::listed, SyncReport::captured, SyncReport::skippedInternal,
                        SyncReport::skippedAutomated, SyncReport::skippedBlocklisted, SyncReport::unmatched,
                        SyncReport::quarantined)
                .containsExactly(23, 11, 2, 5, 2, 2, 1);
        assertThat(bob).extracting(SyncReport::listed, SyncReport::captured, SyncReport::skippedInternal,
                        SyncReport::skippedAutomated, SyncReport::skippedBlocklisted, SyncReport::unmatched,
                        SyncReport::quarantined)
                .containsExactly(13, 6, 2, 3, 0, 1, 1);
        assertThat(alice.pages()).as("23 messages in pages of 7").isEqualTo(4);
        assertThat(alice.proposalsCreated() + bob.proposalsCreated()).isEqualTo(16);

        assertThat(allPending()).extracting(p -> p.message().subject(), p -> targetName(p.proposal()),
                        p -> p.proposal().match().rule())
                .containsExactlyInAnyOrder(
                        tuple(JANE_Q3_REPORT, "Jane Doe", MatchRule.EXACT_ADDRESS),
                        tuple(ALICE_ANSWERS_JANE, "Jane Doe", MatchRule.EXACT_ADDRESS),
                        tuple(ALICE_TO_JANE_AND_RAJ, "Jane Doe", MatchRule.EXACT_ADDRESS),
                        tuple(ALICE_TO_JANE_AND_RAJ, "Raj Patel", MatchRule.EXACT_ADDRESS),
                        tuple(MARIA_NORMALIZED, "María García", MatchRule.NORMALIZED_ADDRESS),
                        tuple(GLOBEX_CFO_FIRST, "new person cfo@globex.com", MatchRule.ORGANIZATION_DOMAIN),
                        tuple(ACME_ANALYST, "new person analyst@eu.acmepension.com", MatchRule.ORGANIZATION_DOMAIN),
                        tuple(TOM_SHARED, "Tom Lee", MatchRule.EXACT_ADDRESS),
                        tuple(RAJ_NO_MESSAGE_ID, "Raj Patel", MatchRule.EXACT_ADDRESS),
                        tuple(RAJ_ALIAS, "Raj Patel", MatchRule.ALIAS),
                        tuple(JANE_SHARED, "Jane Doe", MatchRule.EXACT_ADDRESS),
                        tuple(JANE_AWAITING, "Jane Doe", MatchRule.EXACT_ADDRESS),
                        tuple(TOM_WITH_BLOCKED_CC, "Tom Lee", MatchRule.EXACT_ADDRESS),
                        tuple(BOB_TO_MARIA, "María García", MatchRule.EXACT_ADDRESS),
                        tuple(GLOBEX_CFO_SECOND, "new person cfo@globex.com", MatchRule.ORGANIZATION_DOMAIN),
                        tuple(BOB_ALIAS_TO_RAJ, "Raj Patel", MatchRule.EXACT_ADDRESS));
        assertThat(pendingFor(TOM_SHARED).seenIn()).as("one message in two mailboxes is one message")
                .containsExactlyInAnyOrder(ALICE, BOB);

        assertPersonalMailKeptAsIdentifiersOnly();
        assertThat(stores.messages().quarantined(10)).extracting(q -> q.ref().messageId().value(), q -> q.reason())
                .containsExactlyInAnyOrder(tuple("a-broken", "multipart boundary missing"),
                        tuple("b-broken", "unknown charset 'x-martian'"));

        approve(JANE_Q3_REPORT);
        approve(TOM_SHARED);
        approve(MARIA_NORMALIZED);
        ReviewOutcome rejected = fund.review().reject(new RejectProposal.Command(
                pendingFor(RAJ_NO_MESSAGE_ID).proposal().id(), REVIEWER, "not about the fund",
                RejectProposal.Block.NOTHING));
        assertThat(rejected).isInstanceOf(ReviewOutcome.Applied.class);

        assertThat(activitiesOf(DemoFund.JANE)).extracting(Activity::subject).containsExactly(JANE_Q3_REPORT);
        assertThat(activitiesOf(DemoFund.TOM)).extracting(Activity::subject).containsExactly(TOM_SHARED);
        assertThat(activitiesOf(DemoFund.MARIA)).extracting(Activity::subject).containsExactly(MARIA_NORMALIZED);
        assertThat(activitiesOf(DemoFund.RAJ)).isEmpty();
        assertThat(allPending()).hasSize(12);

        source.expireCheckpoints();
        SyncReport aliceAgain = completed(fund.sync().sync(ALICE));
        SyncReport bobAgain = completed(fund.sync().sync(BOB));
        assertThat(aliceAgain.restartedAfterExpiredHistory()).isTrue();
        assertThat(List.of(aliceAgain, bobAgain)).allSatisfy(report -> {
            assertThat(report.newMessages()).isZero();
            assertThat(report.proposalsCreated()).isZero();
            assertThat(report.alreadyKnown()).isEqualTo(report.listed());
        });
        assertThat(allPending()).hasSize(12);
        assertThat(source.fullFetches()).as("no message is read in full twice").isEqualTo(15);

        PendingProposal sideLetter = pendingFor(JANE_SHARED);
        fund.drafting().create(new CreateReplyDraft.Command(sideLetter.proposal().messageKey(), BOB,
                ReplyMode.REPLY_ALL, "Thanks Jane, comments attached.", EmailAddress.of(DemoFund.BOB)));
        assertThat(drafts.created()).hasSize(1);
        ReplyDraft draft = drafts.created().get(0);
        assertThat(draft.mailbox()).isEqualTo(BOB);
        assertThat(draft.threadId().value()).as("Bob's copy's thread").isEqualTo("t-b02");
        assertThat(draft.from()).isEqualTo(EmailAddress.of(DemoFund.BOB));
        assertThat(draft.to()).extracting(Participant::address).containsExactly(
                EmailAddress.of("jane.doe@acmepension.com"));
        assertThat(draft.cc()).extracting(Participant::address).containsExactly(EmailAddress.of(DemoFund.ALICE));
        assertThat(draft.subject()).isEqualTo("Re: " + JANE_SHARED);
        assertThat(draft.inReplyTo()).isEqualTo("<side-letter@acmepension.com>");
        assertThat(draft.references()).containsExactly(new MessageId("<side-letter@acmepension.com>"));

        gmail.failWith(new DeliveryException("Gmail refused: delegation missing", false));
        clock.set(Instant.parse("2026-11-25T07:30:00Z"));
        SendDailyDigest.Outcome sent = fund.delivery().send(DIGEST_DAY);
        assertThat(sent).isEqualTo(new SendDailyDigest.Outcome.Delivered("smtp"));
        assertThat(gmail.sent()).isEmpty();
        assertThat(smtp.sent()).hasSize(1);
        InternalMail digest = smtp.sent().get(0);
        assertThat(digest.to().addresses()).containsExactly(EmailAddress.of(DemoFund.ALICE),
                EmailAddress.of(DemoFund.BOB));
        assertThat(digest.text()).contains("Acme Pension Fund\n  Jane Doe: 1 message", "Tom Lee", "María García",
                "12 pending", JANE_AWAITING).doesNotContain(TOM_SHARED + "\", ");
        assertThat(stores.digestRuns().find(DIGEST_DAY)).get()
                .extracting(DigestRun::status, DigestRun::transport)
                .containsExactly(DigestRun.Status.DELIVERED, "smtp");
        assertThat(fund.delivery().send(DIGEST_DAY)).isInstanceOf(SendDailyDigest.Outcome.AlreadyHandled.class);
        assertThat(smtp.sent()).as("never twice a day").hasSize(1);
    }

    @Test
    void awaitingReplyListsUnansweredLpMailOnly() {
        fund.sync().sync(ALICE);
        fund.sync().sync(BOB);
        clock.set(Instant.parse("2026-11-25T07:30:00Z"));

        assertThat(fund.digests().build(DIGEST_DAY).awaitingReply()).extracting(a -> a.subject())
                .as("Jane's Q3 statement was answered in its thread; recent mail is not overdue yet")
                .containsExactlyInAnyOrder(JANE_AWAITING, MARIA_NORMALIZED, TOM_WITH_BLOCKED_CC);
    }

    private void assertPersonalMailKeptAsIdentifiersOnly() {
        MessageRef barbecue = MessageRef.of(DemoFund.ALICE, "a11", "t-a11");
        MessageRef doctor = MessageRef.of(DemoFund.ALICE, "a10", "t-a10");
        MessageRef lunch = MessageRef.of(DemoFund.ALICE, "a03", "t-a03");
        assertThat(stores.messages().disposition(barbecue)).contains(Disposition.UNMATCHED);
        assertThat(stores.messages().disposition(doctor)).contains(Disposition.SKIPPED_BLOCKLISTED);
        assertThat(stores.messages().disposition(lunch)).contains(Disposition.SKIPPED_INTERNAL);
        assertThat(stores.messages().find(dev.fundcrm.domain.model.MessageKey.of(new MessageId("<bbq@gmail.com>"))))
                .as("no content of personal mail").isEmpty();
        assertThat(source.fullyFetched()).as("bodies of mail without a proposal are never downloaded")
                .doesNotContain(barbecue, doctor, lunch)
                .hasSize(15);
    }

    private void approve(String subject) {
        ReviewOutcome outcome = fund.review().approve(new ApproveProposal.Command(
                pendingFor(subject).proposal().id(), REVIEWER, Visibility.SUBJECT));
        assertThat(outcome).as("approving " + subject).isInstanceOf(ReviewOutcome.Applied.class);
    }

    private List<Activity> activitiesOf(ContactId contact) {
        return stores.activities().forContact(contact, 100);
    }

    private PendingProposal pendingFor(String subject) {
        return allPending().stream()
                .filter(p -> p.message().subject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending proposal for " + subject));
    }

    private List<PendingProposal> allPending() {
        List<PendingProposal> all = new ArrayList<>();
        PendingQuery query = PendingQuery.firstPage(5);
        while (true) {
            var page = fund.queue().list(query);
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            query = query.after(page.nextCursor());
        }
    }

    private String targetName(Proposal proposal) {
        if (proposal.target() instanceof ProposalTarget.NewPerson person) {
            return "new person " + person.address().canonical();
        }
        ContactId id = ((ProposalTarget.KnownContact) proposal.target()).contactId();
        return stores.contacts().find(id).orElseThrow().name();
    }

    private static SyncReport completed(SyncOutcome outcome) {
        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        return ((SyncOutcome.Completed) outcome).report();
    }
}
