package dev.fundcrm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.services.gmail.GmailScopes;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.demo.DemoExports;
import dev.fundcrm.app.demo.DemoFundSeed;
import dev.fundcrm.app.http.AdminApi;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.gmail.fake.CreatedDraft;
import dev.fundcrm.gmail.fake.FakeGmail;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.Route;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.JdbiStores;
import dev.fundcrm.persistence.Migrations;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product as an operator runs it, with real parts only: the command line imports a team member's
 * Takeout export into an H2 file and makes a token; the app (as {@code serve} wires it) talks to the fake Gmail
 * through Google's real clients and to GreenMail over SMTP; the loop then runs through the HTTP API alone:
 * pending proposals, approval, the contact's timeline, a reply-all draft in the member's Gmail, and the digest's
 * test email, which reaches GreenMail because Gmail refuses the send.
 */
class FullLoopTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private final FakeGmail gmail = FakeGmail.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private Application app;
    private AdminApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.stop();
        }
        if (app != null) {
            app.close();
        }
        gmail.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_DB_URL", DataSources.h2File(directory.resolve("db")));
        env.put("CRM_FUND_DOMAINS", String.join(",", DemoFundSeed.FUND_DOMAINS));
        env.put("CRM_GOOGLE_CREDENTIALS", gmail.serviceAccountKeyJson());
        env.put("CRM_GMAIL_ROOT_URL", gmail.rootUrl());
        env.put("CRM_GOOGLE_TOKEN_URI", gmail.tokenUri().toString());
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(GREEN_MAIL.getSmtp().getPort()));
        env.put("SMTP_SECURITY", "none");
        env.put("SMTP_FROM", "digest@northwind.vc");
        env.put("CRM_HTTP_PORT", "0");
        return env;
    }

    @Test
    void importApproveTimelineDraftAndTestEmailThroughTheApi() throws Exception {
        gmail.user(DemoFundSeed.ALICE);
        gmail.grant(gmail.serviceAccount().clientId(), GmailScopes.GMAIL_READONLY, GmailScopes.GMAIL_COMPOSE);
        AppConfig config = AppConfig.from(env());
        try (HikariDataSource pool = Application.openDatabase(config.database(), 2)) {
            Migrations.migrate(pool);
            DemoFundSeed.seed(JdbiStores.create(pool));
        }
        Path export = DemoExports.copyTo(directory).get(Mailbox.of(DemoFundSeed.ALICE));

        CliRun imported = CliRun.of(env(), "import-mbox", export.toString(), "--mailbox", DemoFundSeed.ALICE);
        CliRun minted = CliRun.of(env(), "token", "create", "--user", DemoFundSeed.ALICE, "--role", "ADMIN");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(minted.exitCode()).as(minted.err()).isZero();
        String token = minted.out().strip();
        app = Application.open(config, Clock.systemUTC());
        api = AdminApi.start(app.apiContext(), "127.0.0.1", 0);

        JsonNode pending = get("/api/proposals?limit=50", token);
        JsonNode proposal = StreamSupport.stream(pending.get("items").spliterator(), false)
                .filter(item -> item.at("/target/kind").asText().equals("CONTACT"))
                .findFirst().orElseThrow();
        String contactId = proposal.at("/target/contactId").asText();
        JsonNode detail = get("/api/proposals/" + proposal.get("id").asText(), token);
        String threadId = detail.at("/message/thread/copies/0/gmailThreadId").asText();

        JsonNode approved = post("/api/proposals/" + proposal.get("id").asText() + "/approve", token, "{}", 200);
        JsonNode timeline = get("/api/contacts/" + contactId + "/timeline", token);
        post("/api/drafts", token, JSON.writeValueAsString(Map.of("message", proposal.get("messageKey").asText(),
                "mailbox", DemoFundSeed.ALICE, "mode", "REPLY_ALL", "body", "Thank you, Jane — we will revert.")), 201);
        gmail.faults().next(1, Route.MESSAGES_SEND, Fault.serverError(503));
        JsonNode sent = post("/api/admin/digest/test-email", token,
                JSON.writeValueAsString(Map.of("recipients", new String[] {DemoFundSeed.BOB})), 200);

        assertThat(pending.get("items")).hasSizeGreaterThan(10);
        assertThat(approved.toString()).contains("APPROVED");
        assertThat(timeline.get("activities")).singleElement()
                .satisfies(activity -> assertThat(activity.get("proposalId")).isEqualTo(proposal.get("id")));
        assertThat(threadId).as("the demo export has no X-GM-THRID: a thread id made up at import")
                .startsWith("mbox-t-");
        CreatedDraft draft = gmail.drafts().get(0);
        assertThat(gmail.drafts()).hasSize(1);
        assertThat(draft.user()).isEqualTo(DemoFundSeed.ALICE);
        assertThat(draft.rawText()).contains("In-Reply-To: " + detail.at("/message/messageId").asText());
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(draft.raw()));
        assertThat(mime.getSubject()).isEqualTo("Re: " + detail.at("/message/subject").asText());
        assertThat(gmail.draftSendAttempts()).isEmpty();
        assertThat(sent.get("transport").asText()).isEqualTo("smtp");
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(DemoFundSeed.BOB);
            assertThat(mail.getSubject()).startsWith("[test]");
        });
        assertThat(gmail.sent()).isEmpty();
    }

    private JsonNode get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(), 200);
    }

    private JsonNode post(String path, String token, String body, int expected) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                expected);
    }

    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.method() + " " + request.uri() + ": " + response.body())
                .isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }
}
