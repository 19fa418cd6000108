package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ActivityId;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.Direction;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.RenderedDigest;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.MessageFixtures;
import dev.fundcrm.domain.testkit.StoreFixtures;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each section of the digest, from the stores to the text and HTML a reader sees: approvals grouped by
 * organization and LP, the review queue by mailbox, LPs awaiting our reply, new people matched by domain, and
 * each mailbox's health. Names are non-ASCII and captured text carries markup, which the HTML escapes.
 */
class DigestContentTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final Instant NOW = Instant.parse("2026-11-25T07:30:00Z");
    private static final Instant YESTERDAY = Instant.parse("2026-11-24T15:00:00Z");
    private static final String ALICE = DemoFund.ALICE;
    private static final String BOB = DemoFund.BOB;

    private final Stores stores = InMemoryStores.create();
    private final StoreFixtures fixtures = new StoreFixtures(stores);
    private final MutableClock clock = new MutableClock(NOW);
    private final DigestComposer composer = new DigestComposer(stores, DemoFund.settings(), clock);
    private final TemplateDigestWriter writer = new TemplateDigestWriter();

    private Organization zurich;
    private Contact joerg;

    @BeforeEach
    void fund() {
        stores.mailboxes().register(MailboxAccount.of(ALICE));
        stores.mailboxes().register(MailboxAccount.of(BOB));
        zurich = fixtures.organization("Zürich Pensionskasse", "zpk.ch");
        joerg = fixtures.contactAt(zurich, "Jörg Müller", "joerg@zpk.ch");
        stores.mailboxes().saveState(SyncState.initial(Mailbox.of(ALICE)).succeeded(NOW.minusSeconds(1800), 10, 2));
        stores.mailboxes().saveState(SyncState.initial(Mailbox.of(BOB)).succeeded(NOW.minus(Duration.ofDays(2)), 5, 1));
    }

    @Test
    void approvalsAreGroupedByOrganizationThenLpAndTheirSubjectsEscapedInHtml() {
        Organization acme = fixtures.organization("Acme & <Sons>", "acme.example");
        Contact ann = fixtures.contactAt(acme, "Ann O'Neil", "ann@acme.example");
        Contact elodie = fixtures.contact("Élodie Durand", "elodie@gmail.com");
        approve(joerg, "a1", "Q3 – Überblick <script>alert('x')</script>", YESTERDAY);
        approve(ann, "a2", "Fund II & side letter", YESTERDAY);
        approve(elodie, "a3", "Bonjour", YESTERDAY);
        approve(joerg, "a4", "Two days ago", YESTERDAY.minus(Duration.ofDays(1)));

        Digest digest = composer.build(DAY);
        RenderedDigest mail = writer.write(digest);

        assertThat(digest.approved()).extracting(c -> c.contact().name())
                .containsExactly("Ann O'Neil", "Jörg Müller", "Élodie Durand");
        assertThat(mail.text()).contains("\nApproved yesterday\nAcme & <Sons>\n  Ann O'Neil: 1 message\n"
                + "    - 2026-11-24T15:00:00Z Fund II & side letter\nZürich Pensionskasse\n  Jörg Müller: 1 message\n"
                + "    - 2026-11-24T15:00:00Z Q3 – Überblick <script>alert('x')</script>\nNo organization\n"
                + "  Élodie Durand: 1 message\n").doesNotContain("Two days ago");
        assertThat(mail.html()).contains("<p>Acme &amp; &lt;Sons&gt;</p>", "Ann O&#39;Neil: 1 message",
                        "Q3 – Überblick &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "<p>Zürich Pensionskasse</p>")
                .doesNotContain("<script>", "<Sons>");
        assertThat(mail.subject()).isEqualTo("fundcrm digest 2026-11-25: 3 approved, 0 pending, 0 awaiting reply");
    }

    @Test
    void theReviewQueueGivesTheCountTheOldestAgeAndEachMailboxsShare() {
        pending(ALICE, "p1", NOW.minus(Duration.ofDays(3)));
        pending(ALICE, "p2", NOW.minus(Duration.ofHours(5)));
        pending(BOB, "p3", NOW.minus(Duration.ofDays(1)));

        Digest digest = composer.build(DAY);
        RenderedDigest mail = writer.write(digest);

        assertThat(digest.pendingByMailbox()).containsExactly(
                new Digest.MailboxQueue(Mailbox.of(ALICE), 2, Duration.ofDays(3)),
                new Digest.MailboxQueue(Mailbox.of(BOB), 1, Duration.ofDays(1)));
        assertThat(mail.text()).contains("\nReview queue\n3 pending, the oldest waiting 3 days\n"
                + "  alice@northwind.vc: 2 pending, the oldest waiting 3 days\n"
                + "  bob@northwind.vc: 1 pending, the oldest waiting 1 day\n");
        assertThat(mail.html()).contains("<h2>Review queue</h2><p>3 pending, the oldest waiting 3 days</p>",
                "alice@northwind.vc: 2 pending, the oldest waiting 3 days");
    }

    @Test
    void anLpWhoseMailWasNotAnsweredForTheConfiguredDaysIsAwaitingOurReply() {
        ParsedMessage unanswered = fixtures.captured(MessageFixtures.full(MessageFixtures.ref(ALICE, "w1"))
                .from(Participant.of("Jörg Müller", "joerg@zpk.ch")).subject("Kapitalabruf <Fund II> & Fragen")
                .sentAt(NOW.minus(Duration.ofDays(4))).build());
        fixtures.captured(MessageFixtures.full(MessageFixtures.ref(ALICE, "w2"))
                .from(Participant.of("Jörg Müller", "joerg@zpk.ch")).subject("Only a day old")
                .sentAt(NOW.minus(Duration.ofDays(1))).build());

        Digest digest = composer.build(DAY);
        RenderedDigest mail = writer.write(digest);

        assertThat(digest.awaitingReply()).extracting(Digest.AwaitingReply::subject)
                .containsExactly(unanswered.subject());
        assertThat(mail.text()).contains("\nAwaiting our reply\nJörg Müller: \"Kapitalabruf <Fund II> & Fragen\", 4 days\n");
        assertThat(mail.html()).contains(
                "<p>Jörg Müller: &quot;Kapitalabruf &lt;Fund II&gt; &amp; Fragen&quot;, 4 days</p>");
    }

    @Test
    void newPeopleMatchedByDomainYesterdayAreListedByOrganizationOncePerAddress() {
        newPerson("n1", "Hans Grüber", "hans@zpk.ch", YESTERDAY);
        newPerson("n2", "Hans Grüber", "hans@zpk.ch", YESTERDAY.plusSeconds(60));
        newPerson("n3", "<b>Eve</b>", "eve@zpk.ch", YESTERDAY);
        newPerson("n4", "Old News", "old@zpk.ch", YESTERDAY.minus(Duration.ofDays(2)));

        Digest digest = composer.build(DAY);
        RenderedDigest mail = writer.write(digest);

        assertThat(digest.newPeople()).extracting(p -> p.participant().address().canonical(), Digest.NewPerson::messages)
                .containsExactly(Tuple.tuple("eve@zpk.ch", 1),
                        Tuple.tuple("hans@zpk.ch", 2));
        assertThat(mail.text()).contains("\nNew people at known organizations\n"
                + "Zürich Pensionskasse: <b>Eve</b> <eve@zpk.ch>, 1 message\n"
                + "Zürich Pensionskasse: Hans Grüber <hans@zpk.ch>, 2 messages\n").doesNotContain("Old News");
        assertThat(mail.html()).contains("Zürich Pensionskasse: &lt;b&gt;Eve&lt;/b&gt; &lt;eve@zpk.ch&gt;, 1 message",
                "Zürich Pensionskasse: Hans Grüber &lt;hans@zpk.ch&gt;, 2 messages").doesNotContain("<b>");
    }

    @Test
    void eachMailboxShowsItsLastSuccessLastErrorAndBacklog() {
        stores.mailboxes().saveState(stores.mailboxes().state(Mailbox.of(BOB))
                .failed(NOW.minusSeconds(600), SyncStatus.RETRYING, "Gmail answered HTTP 503 <backendError>"));
        stores.mailboxes().register(MailboxAccount.of("carol@northwind.vc"));

        Digest digest = composer.build(DAY);
        RenderedDigest mail = writer.write(digest);

        assertThat(digest.syncHealth()).extracting(Digest.MailboxHealth::backlogOrNull)
                .containsExactly(Duration.ZERO, Duration.ofDays(2), null);
        assertThat(mail.text()).contains("\nMailboxes\nalice@northwind.vc: OK, last success 2026-11-25T07:00:00Z\n"
                + "bob@northwind.vc: RETRYING, last success 2026-11-23T07:30:00Z, last error: Gmail answered HTTP 503"
                + " <backendError>, backlog: mail of the last 2 days not captured\n"
                + "carol@northwind.vc: NEVER, backlog: nothing captured yet\n");
        assertThat(mail.html()).contains("last error: Gmail answered HTTP 503 &lt;backendError&gt;")
                .doesNotContain("<backendError>");
        assertThat(writer.write(digest).html()).as("deterministic").isEqualTo(mail.html());
    }

    @Test
    void aQuietDayIsOneLineButAFailingMailboxIsNotQuiet() {
        RenderedDigest quiet = writer.write(composer.build(DAY));
        assertThat(quiet.subject()).isEqualTo("fundcrm digest 2026-11-25: nothing new");
        assertThat(quiet.text()).hasLineCount(1).startsWith("Nothing new for 2026-11-25");
        assertThat(quiet.html()).contains("<meta charset=\"UTF-8\">", "<p>Nothing new for 2026-11-25");

        stores.mailboxes().saveState(stores.mailboxes().state(Mailbox.of(BOB))
                .failed(NOW, SyncStatus.NEEDS_ATTENTION, "delegation missing"));
        RenderedDigest failing = writer.write(composer.build(DAY));
        assertThat(failing.text()).contains("bob@northwind.vc: NEEDS_ATTENTION", "delegation missing",
                "Nothing was approved.", "Nobody.", "Nobody new.");
    }

    private void approve(Contact contact, String gmailId, String subject, Instant approvedAt) {
        ParsedMessage message = fixtures.captured(MessageFixtures.message(ALICE, gmailId, approvedAt.minusSeconds(60)));
        ProposalId proposal = ProposalId.of(message.key(), new ProposalTarget.KnownContact(contact.id()));
        stores.activities().add(new Activity(ActivityId.of(proposal), proposal, contact.id(), message.key(),
                approvedAt, Direction.INBOUND, Visibility.SUBJECT, subject, "", EmailAddress.of(ALICE), approvedAt));
    }

    private void pending(String mailbox, String gmailId, Instant createdAt) {
        ParsedMessage message = fixtures.captured(MessageFixtures.message(mailbox, gmailId, createdAt));
        fixtures.proposal(message, joerg, createdAt);
    }

    private void newPerson(String gmailId, String name, String address, Instant createdAt) {
        ParsedMessage message = fixtures.captured(MessageFixtures.message(ALICE, gmailId, createdAt));
        EmailAddress person = EmailAddress.of(address);
        stores.proposals().addIfAbsent(Proposal.pending(message.key(), new Match(
                new ProposalTarget.NewPerson(zurich.id(), person), new Participant(person, name),
                ParticipantRole.FROM, MatchRule.ORGANIZATION_DOMAIN), createdAt, createdAt));
    }
}
