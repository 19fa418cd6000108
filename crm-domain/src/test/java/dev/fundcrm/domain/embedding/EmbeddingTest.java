package dev.fundcrm.domain.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.fundcrm.domain.embedding.PartnerDirectory.Company;
import dev.fundcrm.domain.embedding.PartnerDirectory.Person;
import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.ReplyMode;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.BuildDigest;
import dev.fundcrm.domain.port.in.CreateReplyDraft;
import dev.fundcrm.domain.port.in.ListPendingProposals;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import dev.fundcrm.domain.port.in.ResolveNewPerson;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.in.SyncMailbox;
import dev.fundcrm.domain.port.out.OutboundMail;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.DigestComposer;
import dev.fundcrm.domain.service.DigestDelivery;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.service.ProposalReview;
import dev.fundcrm.domain.service.ReplyDrafting;
import dev.fundcrm.domain.service.ReviewQueue;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.TransportSelector;
import dev.fundcrm.domain.testkit.InMemoryActivities;
import dev.fundcrm.domain.testkit.InMemoryAdmins;
import dev.fundcrm.domain.testkit.InMemoryAuditLog;
import dev.fundcrm.domain.testkit.InMemoryBlocklist;
import dev.fundcrm.domain.testkit.InMemoryCaptures;
import dev.fundcrm.domain.testkit.InMemoryDigestRuns;
import dev.fundcrm.domain.testkit.InMemoryMailboxLeases;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryMailboxes;
import dev.fundcrm.domain.testkit.InMemoryMessages;
import dev.fundcrm.domain.testkit.InMemoryProposals;
import dev.fundcrm.domain.testkit.InMemoryTransactions;
import dev.fundcrm.domain.testkit.MessageFixtures;
import dev.fundcrm.domain.testkit.RecordingDrafts;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md in one test: a host service's own {@link PartnerDirectory} behind fundcrm's
 * {@code Contacts}, the use cases wired with {@code new} as the page's section 3 shows, and the loop (sync,
 * review, approve, digest) running on the host's people and companies.
 */
final class EmbeddingTest {

    private static final String ALICE = "alice@northwind.vc";
    private static final EmailAddress REVIEWER = EmailAddress.of(ALICE);
    private static final Instant SYNC_TIME = Instant.parse("2026-11-24T15:00:00Z");
    private static final String JANE_STATEMENT = "Q3 capital account statement";
    private static final String CFO_INTRODUCTION = "Introduction: Globex CFO";
    private static final String MARIA_RE_UP = "Re-up for Fund III";

    private final PartnerDirectory directory = new PartnerDirectory();
    private final InMemoryMailboxSource mailboxSource = new InMemoryMailboxSource();
    private final RecordingOutboundMail gmailOutboundMail = new RecordingOutboundMail("gmail");
    private final MutableClock testClock = new MutableClock(SYNC_TIME);
    private long maria;
    private Stores stores;
    private SyncMailbox sync;
    private ProposalReview review;
    private ListPendingProposals queue;
    private CreateReplyDraft replies;
    private RecordingDrafts drafts;
    private DigestDelivery delivery;

    @BeforeEach
    void embedTheDomainInTheHost() {
        directory.addCompany(new Company("ACME", "Acme Pension Fund", List.of("acmepension.com")));
        directory.addCompany(new Company("GLOBEX", "Globex Family Office", List.of("globex.com")));
        directory.addPerson("Jane Doe", List.of("jane.doe@acmepension.com"), "ACME");
        directory.addPerson("Raj Patel", List.of("raj@globex.com", "raj.patel@gmail.com"), "GLOBEX");
        maria = directory.addPerson("María García", List.of("maria.garcia@gmail.com"), null);

        mailboxSource.add(mail("m1", "Jane Doe", "jane.doe@acmepension.com", JANE_STATEMENT));
        mailboxSource.add(mail("m2", "Grace Hopper", "cfo@globex.com", CFO_INTRODUCTION));
        mailboxSource.add(mail("m3", "María García", "Maria.Garcia+lp@googlemail.com", MARIA_RE_UP));
        mailboxSource.add(mail("m4", "Someone", "someone@randomco.com", "Quick question about your fund"));

        InMemoryTransactions transactions = new InMemoryTransactions();
        DirectoryContacts contacts = new DirectoryContacts(directory);
        InMemoryMessages messages = new InMemoryMessages();
        InMemoryProposals proposals = new InMemoryProposals(messages, contacts);
        InMemoryActivities activities = new InMemoryActivities();
        InMemoryMailboxes mailboxes = new InMemoryMailboxes();
        InMemoryAdmins admins = new InMemoryAdmins();
        InMemoryBlocklist blocklist = new InMemoryBlocklist();
        InMemoryAuditLog auditLog = new InMemoryAuditLog();
        InMemoryDigestRuns digestRuns = new InMemoryDigestRuns();
        InMemoryCaptures captures = new InMemoryCaptures(transactions, messages, proposals);
        InMemoryMailboxLeases leases = new InMemoryMailboxLeases(mailboxes);
        RecordingDrafts drafts = new RecordingDrafts();
        OutboundMail smtpOutboundMailOrNull = null;

        // docs/embedding.md, section 3, line for line (with a clock the test moves)
        Stores stores = new Stores(transactions, contacts, messages, proposals, activities,
                mailboxes, admins, blocklist, auditLog, digestRuns, captures, leases);
        FundSettings settings = FundSettings.of("northwind.vc");
        Clock clock = testClock;

        MessageTriage triage = new MessageTriage(settings.fundDomains(), stores.contacts());
        SyncMailbox sync = new MailboxSync(mailboxSource, stores, triage, clock, MailboxSync.DEFAULT_PAGE_SIZE);
        ProposalReview review = new ProposalReview(stores, settings, clock);
        ListPendingProposals queue = new ReviewQueue(stores);
        CreateReplyDraft replies = new ReplyDrafting(stores, drafts, clock);
        BuildDigest digests = new DigestComposer(stores, settings, clock);
        TransportSelector transports = new TransportSelector(gmailOutboundMail, smtpOutboundMailOrNull);
        DigestDelivery delivery = new DigestDelivery(stores, digests, new TemplateDigestWriter(), transports, settings, clock);
        // end of section 3

        mailboxes.register(MailboxAccount.of(ALICE));
        admins.activate(REVIEWER);
        this.stores = stores;
        this.sync = sync;
        this.review = review;
        this.queue = queue;
        this.replies = replies;
        this.drafts = drafts;
        this.delivery = delivery;
    }

    @Test
    void syncProposesTheHostsPeopleAndANewPersonAtAHostCompany() {
        SyncReport report = completed(sync.sync(Mailbox.of(ALICE)));

        assertThat(report.captured()).isEqualTo(3);
        assertThat(report.unmatched()).isEqualTo(1);
        assertThat(allPending()).extracting(pending -> pending.message().subject(), EmbeddingTest::who,
                        pending -> pending.organization().map(Organization::name).orElse("-"),
                        pending -> pending.proposal().match().rule())
                .containsExactlyInAnyOrder(
                        tuple(JANE_STATEMENT, "Jane Doe", "Acme Pension Fund", MatchRule.EXACT_ADDRESS),
                        tuple(CFO_INTRODUCTION, "new cfo@globex.com", "Globex Family Office",
                                MatchRule.ORGANIZATION_DOMAIN),
                        tuple(MARIA_RE_UP, "María García", "-", MatchRule.NORMALIZED_ADDRESS));
    }

    @Test
    void aPlusTaggedGoogleMailAddressReachesTheHostsPersonWithTheGmailAddress() {
        sync.sync(Mailbox.of(ALICE));

        Contact matched = pendingFor(MARIA_RE_UP).contactOrNull();

        assertThat(matched.name()).isEqualTo(directory.person(maria).orElseThrow().fullName());
        assertThat(matched.addresses()).containsExactly(EmailAddress.of("maria.garcia@gmail.com"));
    }

    @Test
    void aNewPersonResolvedAsAContactLandsInTheHostDirectoryAndTheApprovedActivityOnThem() {
        sync.sync(Mailbox.of(ALICE));
        PendingProposal introduction = pendingFor(CFO_INTRODUCTION);

        ReviewOutcome resolved = review.resolve(new ResolveNewPerson.Command(introduction.proposal().id(),
                new ResolveNewPerson.Choice.CreateContact("Grace Hopper"), REVIEWER));

        assertThat(resolved).isInstanceOf(ReviewOutcome.Applied.class);
        assertThat(directory.people()).extracting(Person::fullName, Person::emails, Person::companyCodeOrNull)
                .contains(tuple("Grace Hopper", List.of("cfo@globex.com"), "GLOBEX"));
        ContactId grace = ((ProposalTarget.KnownContact) pendingFor(CFO_INTRODUCTION).proposal().target()).contactId();
        PendingQuery atGlobex = PendingQuery.firstPage(10).forOrganization(introduction.organizationOrNull().id());
        assertThat(queue.list(atGlobex).items()).extracting(pending -> pending.contactOrNull().name())
                .as("the queue's organization filter sees the host's new person").containsExactly("Grace Hopper");

        ReviewOutcome approved = review.approve(new ApproveProposal.Command(
                pendingFor(CFO_INTRODUCTION).proposal().id(), REVIEWER, Visibility.SUBJECT));

        assertThat(approved).isInstanceOf(ReviewOutcome.Applied.class);
        assertThat(stores.activities().forContact(grace, 10)).extracting(Activity::subject)
                .containsExactly(CFO_INTRODUCTION);
    }

    @Test
    void mailAfterResolutionMatchesTheHostsNewPersonByAddress() {
        sync.sync(Mailbox.of(ALICE));
        review.resolve(new ResolveNewPerson.Command(pendingFor(CFO_INTRODUCTION).proposal().id(),
                new ResolveNewPerson.Choice.CreateContact(""), REVIEWER));
        mailboxSource.add(mail("m5", "Grace Hopper", "cfo@globex.com", "Globex CFO follow-up"));

        sync.sync(Mailbox.of(ALICE));

        assertThat(pendingFor("Globex CFO follow-up")).extracting(EmbeddingTest::who,
                        pending -> pending.proposal().match().rule())
                .containsExactly("Grace Hopper", MatchRule.EXACT_ADDRESS);
    }

    @Test
    void theDigestNamesTheHostsPersonAndCompany() {
        sync.sync(Mailbox.of(ALICE));
        review.approve(new ApproveProposal.Command(pendingFor(JANE_STATEMENT).proposal().id(), REVIEWER, null));
        testClock.set(Instant.parse("2026-11-25T07:30:00Z"));

        SendDailyDigest.Outcome sent = delivery.send(LocalDate.parse("2026-11-25"));

        assertThat(sent).isEqualTo(new SendDailyDigest.Outcome.Delivered("gmail"));
        assertThat(gmailOutboundMail.sent()).extracting(InternalMail::text).singleElement().asString()
                .contains("Acme Pension Fund\n  Jane Doe: 1 message");
    }

    @Test
    void aReplyAllDraftAnswersTheHostsPersonAtTheAddressTheyWroteFrom() {
        sync.sync(Mailbox.of(ALICE));

        replies.create(new CreateReplyDraft.Command(pendingFor(MARIA_RE_UP).proposal().messageKey(),
                Mailbox.of(ALICE), ReplyMode.REPLY_ALL, "Thank you, María.", REVIEWER));

        assertThat(drafts.created()).singleElement().satisfies(draft -> assertThat(draft.to())
                .extracting(Participant::address).containsExactly(EmailAddress.of("Maria.Garcia+lp@googlemail.com")));
    }

    private PendingProposal pendingFor(String subject) {
        return allPending().stream()
                .filter(pending -> pending.message().subject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending proposal for " + subject));
    }

    private List<PendingProposal> allPending() {
        return queue.list(PendingQuery.firstPage(PendingQuery.MAX_LIMIT)).items();
    }

    private static String who(PendingProposal pending) {
        return pending.contact().map(Contact::name)
                .orElseGet(() -> "new " + ((ProposalTarget.NewPerson) pending.proposal().target()).address());
    }

    private static ParsedMessage mail(String gmailId, String name, String address, String subject) {
        return MessageFixtures.full(MessageFixtures.ref(ALICE, gmailId))
                .from(Participant.of(name, address))
                .subject(subject)
                .sentAt(SYNC_TIME.minusSeconds(3600))
                .build();
    }

    private static SyncReport completed(SyncOutcome outcome) {
        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        return ((SyncOutcome.Completed) outcome).report();
    }
}
