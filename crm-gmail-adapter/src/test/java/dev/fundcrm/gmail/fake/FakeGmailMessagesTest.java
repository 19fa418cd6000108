package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.fake.GoogleClients.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartHeader;
import com.google.api.services.gmail.model.Profile;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeGmailMessagesTest {

    private static final Instant NOW = Instant.now();

    private final MutableClock clock = new MutableClock(NOW);
    private FakeGmail fake;
    private FakeMailbox anna;
    private Gmail gmail;

    @BeforeEach
    void start() {
        fake = FakeGmail.start(clock);
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        anna = fake.user(ANNA);
        gmail = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theProfileCountsMessagesAndThreadsAndGivesTheHistoryId() throws IOException {
        MimeMessage original = Mails.plain("lp@lp.example", ANNA, "Fund III", "Hello", NOW.minusSeconds(60));
        anna.add(original);
        anna.add(Mails.reply(original, ANNA, "Hi back", NOW), "SENT");

        Profile profile = gmail.users().getProfile("me").execute();

        assertThat(profile.getMessagesTotal()).isEqualTo(2);
        assertThat(profile.getThreadsTotal()).isEqualTo(1);
        assertThat(profile.getHistoryId()).isEqualTo(BigInteger.valueOf(anna.historyId()));
    }

    @Test
    void listingPagesNewestFirst() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int day = 7; day >= 1; day--) {
            ids.add(0, anna.add(Mails.plain("lp@lp.example", ANNA, "Update " + day, "text",
                    NOW.minus(Duration.ofDays(day)))));
        }

        List<String> listed = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String pageToken = null;
        do {
            ListMessagesResponse page = gmail.users().messages().list("me").setMaxResults(3L).setPageToken(pageToken)
                    .execute();
            page.getMessages().forEach(message -> listed.add(message.getId()));
            pageSizes.add(page.getMessages().size());
            assertThat(page.getResultSizeEstimate()).isEqualTo(7L);
            pageToken = page.getNextPageToken();
        } while (pageToken != null);

        assertThat(pageSizes).containsExactly(3, 3, 1);
        assertThat(listed).isEqualTo(ids);
    }

    @Test
    void theQuerySubsetFiltersLikeGmail() throws IOException {
        String recent = anna.add(Mails.plain("Lea LP <lea@lp.example>", ANNA, "Capital call", "text",
                NOW.minus(Duration.ofDays(1))));
        anna.add(Mails.plain("lea@lp.example", ANNA, "Old news", "text", NOW.minus(Duration.ofDays(10))));
        anna.add(Mails.plain("spam@lp.example", ANNA, "Win", "text", NOW.minus(Duration.ofHours(1))), "SPAM");
        anna.add(Mails.plain("bot@chat.example", ANNA, "Chat", "text", NOW.minus(Duration.ofHours(2))), "CHAT");
        anna.add(Mails.plain("news@other.example", ANNA, "Digest", "text", NOW.minus(Duration.ofHours(3))));

        assertThat(ids("newer_than:2d -in:chats -in:spam -in:trash from:@lp.example")).containsExactly(recent);
        assertThat(ids("from:lea newer_than:30d")).hasSize(2);
        assertThat(ids("after:" + NOW.minus(Duration.ofDays(2)).getEpochSecond() + " @lp.example"))
                .containsExactly(recent);
        assertThat(ids("in:spam")).hasSize(1);
        assertThat(ids("")).hasSize(4);
        assertThat(gmail.users().messages().list("me").setIncludeSpamTrash(true).execute().getMessages()).hasSize(5);
        assertThat(gmail.users().messages().list("me").setLabelIds(List.of("CHAT")).execute().getMessages())
                .hasSize(1);
        String messageId = gmail.users().messages().get("me", recent).setFormat("metadata")
                .setMetadataHeaders(List.of("Message-ID")).execute().getPayload().getHeaders().get(0).getValue();
        assertThat(ids("rfc822msgid:" + messageId)).containsExactly(recent);
    }

    @Test
    void aBraceGroupIsGmailsOrOfItsTerms() throws IOException {
        String from = anna.add(Mails.plain("olga@vc.example", ANNA, "One", "text", NOW.minus(Duration.ofDays(1))));
        String to = anna.add(Mails.plain("lea@lp.example", "olga@vc.example", "Two", "text", NOW.minus(Duration.ofDays(1))));
        anna.add(Mails.plain("lea@lp.example", ANNA, "Three", "text", NOW.minus(Duration.ofDays(1))));
        anna.add(Mails.plain("olga@vc.example", ANNA, "Old", "text", NOW.minus(Duration.ofDays(10))));

        assertThat(ids("{from:olga@vc.example to:olga@vc.example cc:olga@vc.example} newer_than:2d"))
                .containsExactlyInAnyOrder(from, to);
        assertThatThrownBy(() -> ids("-{from:olga@vc.example}")).isInstanceOf(GoogleJsonResponseException.class);
        assertThatThrownBy(() -> ids("{from:a {to:b}}")).isInstanceOf(GoogleJsonResponseException.class);
    }

    @Test
    void aQueryTheFakeCantEmulateIsA400NamingTheFake() {
        assertThatThrownBy(() -> gmail.users().messages().list("me").setQ("term sheet").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(400);
                    assertThat(thrown.getDetails().getMessage()).contains("the fake supports no free-text search");
                });
    }

    @Test
    void metadataCarriesOnlyTheHeadersAskedFor() throws IOException {
        String id = anna.add(Mails.nested("lea@lp.example", ANNA, "Term sheet", NOW));

        Message message = gmail.users().messages().get("me", id).setFormat("metadata")
                .setMetadataHeaders(List.of("From", "subject")).execute();

        assertThat(message.getPayload().getHeaders()).extracting(MessagePartHeader::getName)
                .containsExactly("From", "Subject");
        assertThat(message.getPayload().getMimeType()).isEqualTo("multipart/mixed");
        assertThat(message.getPayload().getParts()).isNull();
        assertThat(message.getPayload().getBody()).isNull();
        assertThat(message.getInternalDate()).isEqualTo(NOW.toEpochMilli() / 1000 * 1000);
        assertThat(message.getSnippet()).isEqualTo("Grüße aus München, here&#39;s the term sheet.");
    }

    @Test
    void fullShowsTheNestedPartsWithDecodableBodiesAndAttachmentIds() throws IOException {
        String id = anna.add(Mails.nested("lea@lp.example", ANNA, "Term sheet", NOW));

        MessagePart payload = gmail.users().messages().get("me", id).setFormat("full").execute().getPayload();

        assertThat(payload.getPartId()).isEmpty();
        assertThat(payload.getMimeType()).isEqualTo("multipart/mixed");
        assertThat(payload.getBody().getSize()).isZero();
        MessagePart alternative = payload.getParts().get(0);
        assertThat(alternative.getPartId()).isEqualTo("0");
        assertThat(alternative.getMimeType()).isEqualTo("multipart/alternative");
        MessagePart plain = alternative.getParts().get(0);
        assertThat(plain.getPartId()).isEqualTo("0.0");
        assertThat(plain.getHeaders()).extracting(MessagePartHeader::getValue).contains("quoted-printable");
        assertThat(new String(plain.getBody().decodeData(), StandardCharsets.ISO_8859_1))
                .isEqualTo("Grüße aus München, here's the term sheet.");
        MessagePart html = alternative.getParts().get(1);
        assertThat(html.getPartId()).isEqualTo("0.1");
        assertThat(new String(html.getBody().decodeData(), StandardCharsets.UTF_8)).contains("\u2014");
        MessagePart attachment = payload.getParts().get(1);
        assertThat(attachment.getPartId()).isEqualTo("1");
        assertThat(attachment.getFilename()).isEqualTo("Term sheet.pdf");
        assertThat(attachment.getBody().getData()).isNull();
        assertThat(attachment.getBody().getSize()).isEqualTo(Mails.PDF.length);
        byte[] pdf = gmail.users().messages().attachments().get("me", id, attachment.getBody().getAttachmentId())
                .execute().decodeData();
        assertThat(pdf).isEqualTo(Mails.PDF);
    }

    @Test
    void rawAndMinimalCarryNoPayload() throws IOException {
        byte[] raw = Mails.bytes(Mails.plain("lea@lp.example", ANNA, "Hello", "Hi", NOW));
        String id = anna.add(raw);

        Message minimal = gmail.users().messages().get("me", id).setFormat("minimal").execute();
        Message rawMessage = gmail.users().messages().get("me", id).setFormat("raw").execute();

        assertThat(minimal.getPayload()).isNull();
        assertThat(minimal.getRaw()).isNull();
        assertThat(minimal.getSizeEstimate()).isEqualTo(raw.length);
        assertThat(rawMessage.getPayload()).isNull();
        assertThat(rawMessage.decodeRaw()).isEqualTo(raw);
        assertThat(rawMessage.getHistoryId()).isEqualTo(BigInteger.valueOf(anna.historyId()));
    }

    @Test
    void headersComeUnfoldedAndDecodedEvenWhenRawUtf8() throws IOException {
        String encoded = anna.add("From: =?UTF-8?Q?Ren=C3=A9e?= <renee@lp.example>\r\nTo: " + ANNA
                + "\r\nSubject: =?UTF-8?B?w5xiZXIgZGVuIEZvbmRz?=\r\n and more\r\nMessage-ID: <a@lp.example>\r\n\r\nBody\r\n");
        String utf8 = anna.add("From: Zoë <zoe@lp.example>\r\nTo: " + ANNA + "\r\nSubject: Grüße\r\n\r\nBody\r\n");

        assertThat(header(encoded, "Subject")).isEqualTo("Über den Fonds and more");
        assertThat(header(encoded, "From")).isEqualTo("Renée <renee@lp.example>");
        assertThat(header(utf8, "Subject")).isEqualTo("Grüße");
    }

    @Test
    void aReplyJoinsItsOriginalsThreadAndAnUnrelatedMessageStartsItsOwn() throws IOException {
        MimeMessage original = Mails.plain("lea@lp.example", ANNA, "Fund III", "Hello", NOW.minusSeconds(60));
        String first = anna.add(original);
        String reply = anna.add(Mails.reply(original, ANNA, "Hi", NOW), "SENT");
        String other = anna.add(Mails.plain("lea@lp.example", ANNA, "Fund III", "Again", NOW));

        String thread = gmail.users().messages().get("me", first).execute().getThreadId();
        assertThat(thread).isEqualTo(first);
        assertThat(gmail.users().messages().get("me", reply).execute().getThreadId()).isEqualTo(thread);
        assertThat(gmail.users().messages().get("me", other).execute().getThreadId()).isEqualTo(other);
    }

    @Test
    void aMessageDeletedBetweenListAndGetIsA404() throws IOException {
        String id = anna.add(Mails.plain("lea@lp.example", ANNA, "Hello", "Hi", NOW));
        gmail.users().messages().list("me").execute();
        anna.delete(id);

        assertThatThrownBy(() -> gmail.users().messages().get("me", id).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(404);
                    assertThat(thrown.getDetails().getErrors().get(0).getReason()).isEqualTo("notFound");
                });
    }

    @Test
    void anotherUsersMailboxIsDelegationDenied() {
        fake.user("ben@fund.example");

        assertThatThrownBy(() -> gmail.users().messages().list("ben@fund.example").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(403);
                    assertThat(thrown.getDetails().getMessage()).isEqualTo("Delegation denied for " + ANNA);
                });
    }

    private List<String> ids(String query) throws IOException {
        List<Message> messages = gmail.users().messages().list("me").setQ(query).execute().getMessages();
        return messages == null ? List.of() : messages.stream().map(Message::getId).toList();
    }

    private String header(String id, String name) throws IOException {
        return gmail.users().messages().get("me", id).setFormat("metadata").setMetadataHeaders(List.of(name))
                .execute().getPayload().getHeaders().get(0).getValue();
    }
}
