package dev.fundcrm.domain.testkit.demo;

import static dev.fundcrm.domain.testkit.demo.DemoFund.ALICE;
import static dev.fundcrm.domain.testkit.demo.DemoFund.BOB;
import static dev.fundcrm.domain.testkit.demo.DemoFund.BOB_ALIAS;
import static dev.fundcrm.domain.testkit.demo.DemoFund.CAROL;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo fund's two team mailboxes, 36 messages in all (two of them unparseable), with every case capture must handle: LP mail by
 * exact, normalized and alias address; organization domains (and a subdomain); internal-only, automated,
 * blocklisted and free-mail mail; messages present in both mailboxes; one without a Message-ID; two that
 * can't be parsed. Subjects are unique so tests can name messages by them.
 */
public final class DemoMailboxes {

    /** When the demo's mail ends: the day before the demo's "today". */
    public static final Instant LAST_MAIL = Instant.parse("2026-11-24T09:00:00Z");

    public static final String JANE_Q3_REPORT = "Q3 capital account statement";
    public static final String ALICE_TO_JANE_AND_RAJ = "Fund III closing timeline";
    public static final String MARIA_NORMALIZED = "Re-up for Fund III";
    public static final String RAJ_ALIAS = "Personal note from Raj";
    public static final String RAJ_NO_MESSAGE_ID = "Globex allocation question";
    public static final String GLOBEX_CFO_FIRST = "Introduction: Globex CFO";
    public static final String GLOBEX_CFO_SECOND = "Globex CFO follow-up";
    public static final String ACME_ANALYST = "Data room access request";
    public static final String TOM_SHARED = "Initech commitment for 2027";
    public static final String JANE_SHARED = "Side letter comments";
    public static final String TOM_WITH_BLOCKED_CC = "Initech annual meeting";
    public static final String BOB_TO_MARIA = "Welcome pack for María";
    public static final String BOB_ALIAS_TO_RAJ = "Globex co-investment memo";
    public static final String JANE_AWAITING = "Capital call notice question";
    public static final String ALICE_ANSWERS_JANE = "Re: Q3 capital account statement";

    private DemoMailboxes() {
    }

    /** Puts every demo message into the source. */
    public static void load(InMemoryMailboxSource source) {
        aliceMessages().forEach(source::add);
        bobMessages().forEach(source::add);
        source.addUnparseable(MessageRef.of(ALICE, "a-broken", "a-broken"),
                "multipart boundary missing", "From: someone@example.org\nSubject: (unreadable)");
        source.addUnparseable(MessageRef.of(BOB, "b-broken", "b-broken"),
                "unknown charset 'x-martian'", "Subject: =?x-martian?Q?hello?=");
    }

    static List<ParsedMessage> aliceMessages() {
        return List.of(
                mail(ALICE, "a01", "t-a01", "<q3-statement@acmepension.com>", "Jane Doe", "jane.doe@acmepension.com",
                        JANE_Q3_REPORT, days(6)).to(p(ALICE)).attachments(List.of(
                                new AttachmentMeta("Q3-statement.pdf", "application/pdf", 183_004))).build(),
                mail(ALICE, "a02", "t-a02", "<closing-timeline@northwind.vc>", "Alice Smith", ALICE,
                        ALICE_TO_JANE_AND_RAJ, days(5)).to(p("jane.doe@acmepension.com")).cc(p("raj@globex.com"))
                        .build(),
                mail(ALICE, "a03", "t-a03", "<lunch@northwind.vc>", "Alice Smith", ALICE, "Lunch on Friday?",
                        days(5)).to(p(BOB)).build(),
                mail(ALICE, "a04", "t-a04", "<ic-prep@northwind.vc>", "Alice Smith", ALICE, "IC prep notes",
                        days(4)).to(p(CAROL)).cc(p(BOB), p(DemoFund.ALICE_ALIAS)).build(),
                mail(ALICE, "a05", "t-a05", "<env-123@docusign.net>", "DocuSign", "noreply@docusign.net",
                        "Please sign: Subscription agreement", days(4)).to(p(ALICE)).build(),
                mail(ALICE, "a06", "t-a06", "<weekly-88@vcweekly.example>", "VC Weekly", "editor@vcweekly.example",
                        "This week in venture", days(4)).to(p(ALICE))
                        .header("List-Unsubscribe", "<mailto:unsubscribe@vcweekly.example>").build(),
                mail(ALICE, "a07", "t-a07", "<offer-9@shop.example>", "Shop", "offers@shop.example",
                        "Black Friday: 40% off", days(3)).to(p(ALICE)).labels(Set.of("INBOX", "CATEGORY_PROMOTIONS"))
                        .build(),
                mail(ALICE, "a08", "t-a08", "<ooo-1@acmepension.com>", "Jane Doe", "jane.doe@acmepension.com",
                        "Out of office: back Monday", days(3)).to(p(ALICE)).header("Auto-Submitted", "auto-replied")
                        .build(),
                mail(ALICE, "a09", "t-a09", "<pitch-1@spam-vendor.com>", "Sales", "sales@mail.spam-vendor.com",
                        "Grow your LP base 10x", days(3)).to(p(ALICE)).build(),
                mail(ALICE, "a10", "t-a10", "<appt-7@clinic.example>", "Dr. Who", "doctor@clinic.example",
                        "Your appointment on Tuesday", days(3)).to(p(ALICE)).build(),
                mail(ALICE, "a11", "t-a11", "<bbq@gmail.com>", "Old Friend", "old.friend@gmail.com",
                        "Barbecue this weekend", days(3)).to(p(ALICE)).build(),
                mail(ALICE, "a12", "t-a12", "<reup@mail.gmail.com>", "María García", "Maria.Garcia+lp@googlemail.com",
                        MARIA_NORMALIZED, days(3)).to(p(ALICE)).build(),
                mail(ALICE, "a13", "t-a13", "<intro-cfo@globex.com>", "Grace Hopper", "cfo@globex.com",
                        GLOBEX_CFO_FIRST, days(2)).to(p(ALICE)).build(),
                mail(ALICE, "a14", "t-a14", "<dataroom@eu.acmepension.com>", "Ann Analyst",
                        "analyst@eu.acmepension.com", ACME_ANALYST, days(2)).to(p(ALICE)).build(),
                mail(ALICE, "a15", "t-a15", "<commit-2027@initech.edu>", "Tom Lee", "tom@initech.edu", TOM_SHARED,
                        days(2)).to(p(ALICE), p(BOB)).build(),
                mail(ALICE, "a16", "t-a16", "<hello@randomco.com>", "Someone", "someone@randomco.com",
                        "Quick question about your fund", days(2)).to(p(ALICE)).build(),
                mail(ALICE, "a17", "t-a17", "", "Raj Patel", "raj@globex.com", RAJ_NO_MESSAGE_ID, days(2))
                        .to(p(ALICE)).build(),
                mail(ALICE, "a18", "t-a18", "<note@mail.gmail.com>", "Raj", "raj.patel@gmail.com", RAJ_ALIAS,
                        days(1)).to(p(ALICE)).build(),
                mail(ALICE, "a19", "t-a19", "<side-letter@acmepension.com>", "Jane Doe", "jane.doe@acmepension.com",
                        JANE_SHARED, days(1)).to(p(BOB)).cc(p(ALICE)).build(),
                mail(ALICE, "a20", "t-a20", "<capital-call-q@acmepension.com>", "Jane Doe",
                        "jane.doe@acmepension.com", JANE_AWAITING, days(5)).to(p(ALICE)).build(),
                mail(ALICE, "a21", "t-a21", "<cal-1@google.com>", "Google Calendar",
                        "calendar-notification@google.com", "Invitation: LP call", days(1)).to(p(ALICE)).build(),
                mail(ALICE, "a22", "t-a01", "<re-q3@northwind.vc>", "Alice Smith", ALICE, ALICE_ANSWERS_JANE,
                        days(5)).to(p("jane.doe@acmepension.com")).inReplyTo("<q3-statement@acmepension.com>")
                        .references("<q3-statement@acmepension.com>").build());
    }

    static List<ParsedMessage> bobMessages() {
        return List.of(
                mail(BOB, "b01", "t-b01", "<commit-2027@initech.edu>", "Tom Lee", "tom@initech.edu", TOM_SHARED,
                        days(2)).to(p(ALICE), p(BOB)).build(),
                mail(BOB, "b02", "t-b02", "<side-letter@acmepension.com>", "Jane Doe", "jane.doe@acmepension.com",
                        JANE_SHARED, days(1)).to(p(BOB)).cc(p(ALICE)).build(),
                mail(BOB, "b03", "t-b03", "<re-lunch@northwind.vc>", "Bob Jones", BOB, "Re: Lunch on Friday?",
                        days(5)).to(p(ALICE)).build(),
                mail(BOB, "b04", "t-b04", "<bounce-1@northwind.vc>", "Mail Delivery Subsystem",
                        "mailer-daemon@googlemail.com", "Delivery Status Notification (Failure)", days(4))
                        .to(p(BOB)).header("Content-Type", "multipart/report; report-type=delivery-status").build(),
                mail(BOB, "b05", "t-b05", "<digest-5@saas.example>", "SaaS", "updates@saas.example",
                        "Your monthly usage", days(4)).to(p(BOB)).header("Precedence", "bulk").build(),
                mail(BOB, "b06", "t-b06", "<annual-meeting@initech.edu>", "Tom Lee", "tom@initech.edu",
                        TOM_WITH_BLOCKED_CC, days(3)).to(p(BOB)).cc(p("doctor@clinic.example"), p(ALICE)).build(),
                mail(BOB, "b07", "t-b07", "<welcome-maria@northwind.vc>", "Bob Jones", BOB, BOB_TO_MARIA, days(3))
                        .to(p("maria.garcia@gmail.com")).build(),
                mail(BOB, "b08", "t-b08", "<role-1@talentco.io>", "Recruiter", "recruiter@talentco.io",
                        "Exciting CFO role", days(3)).to(p(BOB)).build(),
                mail(BOB, "b09", "t-b09", "<li-1@linkedin.com>", "LinkedIn", "messages@linkedin.com",
                        "You appeared in 9 searches", days(2)).to(p(BOB)).labels(Set.of("CATEGORY_SOCIAL")).build(),
                mail(BOB, "b10", "t-b10", "<cfo-followup@globex.com>", "Grace Hopper", "cfo@globex.com",
                        GLOBEX_CFO_SECOND, days(1)).to(p(BOB)).build(),
                mail(BOB, "b11", "t-b11", "<coinvest@northwind-capital.com>", "Bob Jones", BOB_ALIAS,
                        BOB_ALIAS_TO_RAJ, days(1)).to(p("raj@globex.com")).build(),
                mail(BOB, "b12", "t-b12", "<offsite@northwind.vc>", "Carol", CAROL, "Team offsite agenda", days(1))
                        .to(p(BOB), p(ALICE)).build());
    }

    private static ParsedMessage.Builder mail(String mailbox, String gmailId, String thread, String messageId,
                                              String fromName, String from, String subject, Instant sentAt) {
        return ParsedMessage.builder(MessageRef.of(mailbox, gmailId, thread))
                .detail(ParsedMessage.Detail.FULL)
                .messageId(messageId)
                .from(Participant.of(fromName, from))
                .subject(subject)
                .sentAt(sentAt)
                .textExcerpt("Hello,\n\nThis is the message \"" + subject + "\".\n\nBest regards");
    }

    private static Participant p(String address) {
        return Participant.of(address);
    }

    private static Instant days(int daysBefore) {
        return LAST_MAIL.minus(Duration.ofDays(daysBefore - 1L));
    }
}
