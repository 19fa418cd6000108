package dev.fundcrm.gmail;

import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.model.ReplyMode;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.service.ReplyComposer;
import dev.fundcrm.gmail.fake.CreatedDraft;
import dev.fundcrm.gmail.fake.StoredMessage;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reply drafts end to end: the original is read through the capture path, the reply composed by the domain,
 * the draft created through Google's client, and its raw MIME read back from the fake header by header.
 */
class GmailDraftsTest {

    private static final String ORIGINAL = "From: Lena Partner <lena@lp.example>\r\n"
            + "To: anna@fund.example, Carl <carl@lp.example>\r\nCc: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@lp.example>\r\n"
            + "Subject: =?UTF-8?Q?Fund_III_close_=E2=80=94_M=C3=A4rz?=\r\nDate: Mon, 4 Mar 2024 09:00:00 +0000\r\n"
            + "Message-ID: <close-3@mail.lp.example>\r\nReferences: <close-1@mail.lp.example>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nWhen do we close?\r\n";
    private static final List<String> REPLY_HEADERS = List.of("Date", "From", "To", "Message-ID", "Subject",
            "In-Reply-To", "References", "MIME-Version", "Content-Type", "Content-Transfer-Encoding");

    private final GmailTestbed testbed = new GmailTestbed();
    private final GmailDrafts drafts = new GmailDrafts(testbed.gmail());
    private ParsedMessage original;

    @BeforeEach
    void readTheOriginalAsCaptureDoes() {
        String id = testbed.fake().user(ANNA).add(ORIGINAL);
        StoredMessage stored = testbed.fake().user(ANNA).message(id).orElseThrow();
        MessageRef ref = MessageRef.of(ANNA, id, stored.threadId());
        original = ((FetchedMessage.Parsed) new GmailMailboxSource(testbed.gmail()).fetchFull(ref)).message();
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void aReplyCarriesExactlyTheReplyHeadersAndLandsInTheOriginalsThread() {
        DraftRef created = drafts.create(compose(ReplyMode.REPLY));

        CreatedDraft draft = testbed.fake().drafts().get(0);
        RawMime mime = new RawMime(draft.raw());
        assertThat(mime.headerNames()).containsExactlyInAnyOrderElementsOf(REPLY_HEADERS);
        assertThat(mime.people("From")).containsExactly("anna@fund.example");
        assertThat(mime.people("To")).containsExactly("Lena Partner <lena@lp.example>");
        assertThat(mime.subject()).isEqualTo("Re: Fund III close \u2014 M\u00e4rz");
        assertThat(mime.header("In-Reply-To")).isEqualTo("<close-3@mail.lp.example>");
        assertThat(mime.header("References").split("\\s+"))
                .containsExactly("<close-1@mail.lp.example>", "<close-3@mail.lp.example>");
        assertThat(mime.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(mime.text()).isEqualTo("Gerne, Dienstag um 10?");
        assertThat(created.threadId()).isEqualTo(original.ref().threadId());
        assertThat(draft.requestedThreadId()).isEqualTo(draft.threadId()).isEqualTo(original.ref().threadId().value());
        assertThat(testbed.fake().user(ANNA).message(draft.messageId()).orElseThrow().labelIds()).containsExactly("DRAFT");
    }

    @Test
    void aThreadIdGmailDidNotIssueIsLeftOutAndGmailThreadsTheReplyByItsHeaders() {
        ReplyDraft imported = ReplyComposer.compose(original, new GmailThreadId("mbox-t-0123456789abcdef"),
                MailboxAccount.of(ANNA), ReplyMode.REPLY, "Gerne, Dienstag um 10?");

        drafts.create(imported);

        CreatedDraft draft = testbed.fake().drafts().get(0);
        assertThat(draft.requestedThreadId()).isNull();
        assertThat(new RawMime(draft.raw()).header("In-Reply-To")).isEqualTo("<close-3@mail.lp.example>");
    }

    @Test
    void aReplyToAllAddsTheOtherRecipientsAndACcHeaderOnly() {
        drafts.create(compose(ReplyMode.REPLY_ALL));

        RawMime mime = new RawMime(testbed.fake().drafts().get(0).raw());
        assertThat(mime.headerNames()).containsExactlyInAnyOrderElementsOf(concat(REPLY_HEADERS, "Cc"));
        assertThat(mime.people("To")).containsExactly("Lena Partner <lena@lp.example>", "Carl <carl@lp.example>");
        assertThat(mime.people("Cc")).containsExactly("J\u00f6rg M\u00fcller <joerg@lp.example>");
        assertThat(testbed.fake().drafts().get(0).threadId()).isEqualTo(original.ref().threadId().value());
    }

    @Test
    void nothingIsEverSent() {
        drafts.create(compose(ReplyMode.REPLY));
        drafts.create(compose(ReplyMode.REPLY_ALL));

        assertThat(testbed.fake().drafts()).hasSize(2);
        assertThat(testbed.fake().sent()).isEmpty();
        assertThat(testbed.fake().draftSendAttempts()).isEmpty();
    }

    @Test
    void aLineBreakInASubjectOrNameIsRefusedBeforeAnyRequest() {
        int requestsBefore = testbed.fake().tokenRequests().size();
        long callsBefore = testbed.fake().stats(ANNA).requests();

        assertThatThrownBy(() -> drafts.create(reply("Re: close\r\nBcc: spy@evil.example", Participant.of("lena@lp.example"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafts.create(reply("Re: close",
                new Participant(EmailAddress.of("lena@lp.example"), "Lena\r\nBcc: spy@evil.example"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(testbed.fake().tokenRequests()).hasSize(requestsBefore);
        assertThat(testbed.fake().stats(ANNA).requests()).isEqualTo(callsBefore);
        assertThat(testbed.fake().drafts()).isEmpty();
    }

    @Test
    void theAdaptersOwnCheckRefusesLineBreaksAndNulWithoutEchoingTheValue() {
        for (String value : List.of("<a@b>\r\nBcc: spy@evil.example", "<a@b>\nX: y", "<a@b>\u0000")) {
            assertThatThrownBy(() -> GmailMime.requireSafe("In-Reply-To", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the In-Reply-To header holds a line break or NUL; refused");
        }
        GmailMime.requireSafe("Subject", "Re: Fund III close \u2014 M\u00e4rz");
    }

    @Test
    void withoutTheComposeScopeInTheGrantTheAdminIsToldWhatToAdd() {
        testbed.fake().revokeGrant(testbed.gmail().clientId()).grant(testbed.gmail().clientId(), GMAIL_READONLY);

        assertThatThrownBy(() -> drafts.create(compose(ReplyMode.REPLY)))
                .isInstanceOf(DraftException.class)
                .hasMessage("the delegation grant for client id " + testbed.gmail().clientId() + " lacks scope "
                        + "https://www.googleapis.com/auth/gmail.compose: add it in the Google Admin console under "
                        + "Security > Access and data control > API controls > Domain-wide delegation")
                .hasNoCause();
        assertThat(testbed.fake().drafts()).isEmpty();
    }

    @Test
    void aCreateRefusedForQuotaIsSentAgainAfterTheWaitGmailNames() {
        testbed.time().sleep(Duration.ofMinutes(2));
        testbed.fake().quota().budget(15, Duration.ofMinutes(1));
        Duration before = testbed.time().elapsed();

        drafts.create(compose(ReplyMode.REPLY));
        drafts.create(compose(ReplyMode.REPLY_ALL));

        assertThat(testbed.fake().drafts()).hasSize(2);
        assertThat(testbed.fake().stats(ANNA).overBudget()).isEqualTo(1);
        assertThat(testbed.gmail().stats().of(ANNA).rateLimited()).isEqualTo(1);
        assertThat(testbed.gmail().stats().of(ANNA).retries()).isEqualTo(1);
        assertThat(testbed.time().elapsed().minus(before)).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(62));
    }

    private ReplyDraft compose(ReplyMode mode) {
        return ReplyComposer.compose(original, original.ref().threadId(), MailboxAccount.of(ANNA), mode,
                "Gerne, Dienstag um 10?");
    }

    private ReplyDraft reply(String subject, Participant to) {
        return new ReplyDraft(Mailbox.of(ANNA), new GmailThreadId(original.ref().threadId().value()),
                EmailAddress.of(ANNA), List.of(to), List.of(), subject, "<close-3@mail.lp.example>", List.of(), "text");
    }

    private static List<String> concat(List<String> names, String name) {
        return Stream.concat(names.stream(), Stream.of(name)).toList();
    }
}
