package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_COMPOSE;
import static com.google.api.services.gmail.GmailScopes.GMAIL_METADATA;
import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.fake.GoogleClients.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Draft;
import com.google.api.services.gmail.model.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeGmailExtension.class)
class FakeGmailOutgoingTest {

    private static final Instant NOW = Instant.now();

    private FakeGmail fake;
    private Gmail compose;
    private MimeMessage original;
    private String originalId;

    @BeforeEach
    void start(FakeGmail fake) {
        this.fake = fake;
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY, GMAIL_COMPOSE);
        original = Mails.plain("Lea <lea@lp.example>", ANNA, "Fund III close", "Can we talk?", NOW.minusSeconds(600));
        originalId = fake.user(ANNA).add(original);
        compose = GoogleClients.gmail(fake, ANNA, GMAIL_COMPOSE);
    }

    @Test
    void aReplyDraftIsGzippedByTheClientRecordedDecodedAndThreaded() throws IOException {
        byte[] reply = Mails.bytes(Mails.reply(original, ANNA, "Gladly, Tuesday?", NOW));

        Draft created = compose.users().drafts().create("me", new Draft()
                .setMessage(new Message().encodeRaw(reply).setThreadId(originalId))).execute();

        assertThat(fake.gzippedRequests()).isEqualTo(1);
        assertThat(fake.drafts()).singleElement().satisfies(draft -> {
            assertThat(draft.user()).isEqualTo(ANNA);
            assertThat(draft.draftId()).isEqualTo(created.getId());
            assertThat(draft.raw()).isEqualTo(reply);
            assertThat(draft.requestedThreadId()).isEqualTo(originalId);
            assertThat(draft.threadId()).isEqualTo(originalId);
        });
        assertThat(created.getMessage().getThreadId()).isEqualTo(originalId);
        assertThat(created.getMessage().getLabelIds()).containsExactly("DRAFT");
        assertThat(fake.user(ANNA).message(created.getMessage().getId())).isPresent();
    }

    @Test
    void aDraftWhoseSubjectDiffersFromItsThreadStartsANewThreadAsInGmail() throws IOException {
        MimeMessage reply = Mails.reply(original, ANNA, "Gladly", NOW);
        try {
            reply.setSubject("Something else");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }

        Draft created = compose.users().drafts().create("me", new Draft()
                .setMessage(new Message().encodeRaw(Mails.bytes(reply)).setThreadId(originalId))).execute();

        assertThat(created.getMessage().getThreadId()).isNotEqualTo(originalId);
        assertThat(fake.drafts().get(0).requestedThreadId()).isEqualTo(originalId);
    }

    @Test
    void aSentMessageIsRecordedAndLandsInTheSendersMailbox() throws IOException {
        byte[] digest = Mails.bytes(Mails.plain(ANNA, "ben@fund.example", "Daily digest", "3 proposals", NOW));

        Message sent = compose.users().messages().send("me", new Message().encodeRaw(digest)).execute();

        assertThat(sent.getLabelIds()).containsExactly("SENT");
        assertThat(fake.sent()).singleElement().satisfies(message -> {
            assertThat(message.raw()).isEqualTo(digest);
            assertThat(message.messageId()).isEqualTo(sent.getId());
        });
        assertThat(fake.gzippedRequests()).isEqualTo(1);
        assertThat(fake.user(ANNA).message(sent.getId()).orElseThrow().labelIds()).containsExactly("SENT");
    }

    @Test
    void aMessageWithoutRecipientsIsRefused() {
        byte[] nobody = "From: anna@fund.example\r\nSubject: x\r\n\r\nBody\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> compose.users().messages().send("me", new Message().encodeRaw(nobody)).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(400);
                    assertThat(thrown.getDetails().getMessage()).isEqualTo("Recipient address required");
                });
        assertThat(fake.sent()).isEmpty();
    }

    @Test
    void draftsSendIsNeverServedAndEveryAttemptIsRecorded() {
        assertThatThrownBy(() -> compose.users().drafts().send("me", new Draft().setId("r1")).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class,
                        thrown -> assertThat(thrown.getStatusCode()).isEqualTo(404));
        assertThat(fake.draftSendAttempts()).containsExactly("me");
        assertThat(fake.sent()).isEmpty();
    }

    @Test
    void composeCannotReadTheMailbox() {
        assertThatThrownBy(() -> compose.users().messages().list("me").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(403);
                    assertThat(thrown.getDetails().getErrors().get(0).getReason()).isEqualTo("insufficientPermissions");
                });
    }

    @Test
    void theMetadataScopeReadsHeadersButNeitherSearchesNorReadsBodies() throws IOException {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_METADATA);
        Gmail metadata = GoogleClients.gmail(fake, ANNA, GMAIL_METADATA);

        assertThat(metadata.users().messages().get("me", originalId).setFormat("metadata").execute().getPayload()
                .getHeaders()).isNotEmpty();
        assertThatThrownBy(() -> metadata.users().messages().get("me", originalId).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class,
                        thrown -> assertThat(thrown.getDetails().getMessage())
                                .isEqualTo("Metadata scope doesn't allow format FULL"));
        assertThatThrownBy(() -> metadata.users().messages().list("me").setQ("from:lea").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class,
                        thrown -> assertThat(thrown.getStatusCode()).isEqualTo(403));
    }

    @Test
    void readonlyCannotDraft() {
        Gmail readonly = GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);
        byte[] reply = Mails.bytes(Mails.reply(original, ANNA, "Gladly", NOW));

        assertThatThrownBy(() -> readonly.users().drafts().create("me", new Draft()
                .setMessage(new Message().encodeRaw(reply))).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class,
                        thrown -> assertThat(thrown.getStatusCode()).isEqualTo(403));
        assertThat(fake.drafts()).isEmpty();
    }
}
