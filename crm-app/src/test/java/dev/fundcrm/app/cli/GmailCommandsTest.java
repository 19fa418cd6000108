package dev.fundcrm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.api.services.gmail.GmailScopes;
import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.demo.DemoFundSeed;
import dev.fundcrm.gmail.fake.FakeGmail;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.JdbiStores;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** check-gmail and sync-once against the fake Gmail, reached by Google's real clients as in production. */
class GmailCommandsTest {

    private static final String KEY_MATERIAL = "SECRETKEYMATERIAL";

    @TempDir
    Path directory;

    private final FakeGmail fake = FakeGmail.start();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void setUp() {
        fake.grant(fake.serviceAccount().clientId(), GmailScopes.GMAIL_READONLY, GmailScopes.GMAIL_COMPOSE);
        logs.start();
        root.addAppender(logs);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
    }

    @AfterEach
    void tearDown() {
        root.setLevel(rootLevel);
        root.detachAppender(logs);
        fake.close();
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_DB_URL", DataSources.h2File(directory.resolve("db")));
        env.put("CRM_FUND_DOMAINS", String.join(",", DemoFundSeed.FUND_DOMAINS));
        env.put("CRM_GOOGLE_CREDENTIALS", fake.serviceAccountKeyJson());
        env.put("CRM_GMAIL_ROOT_URL", fake.rootUrl());
        env.put("CRM_GOOGLE_TOKEN_URI", fake.tokenUri().toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static String letter(String from, String to, String subject) {
        return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + subject.hashCode()
                + "@lp.example>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=UTF-8"
                + "\r\n\r\nHello,\r\nplease see the statement.\r\n";
    }

    private String everythingLogged() {
        return String.join("\n", logs.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList());
    }

    @Test
    void checkGmailConfirmsAWorkingSetupScopeByScope() {
        fake.user(DemoFundSeed.ALICE).add(letter("jane.doe@acmepension.com", DemoFundSeed.ALICE, "Statement"));

        CliRun run = CliRun.of(env(), "check-gmail", DemoFundSeed.ALICE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("service account client id: " + fake.serviceAccount().clientId(),
                "[ok]   gmail.readonly (capture) works for alice@northwind.vc: 1 messages in the mailbox",
                "[ok]   gmail.compose (reply drafts and the digest's send) works for alice@northwind.vc",
                "Gmail works for alice@northwind.vc");
    }

    @Test
    void checkGmailNamesAMissingScopeAndWhatTheAdminMustDo() {
        fake.user(DemoFundSeed.ALICE);
        fake.revokeGrant(fake.serviceAccount().clientId()).grant(fake.serviceAccount().clientId(),
                GmailScopes.GMAIL_READONLY);

        CliRun run = CliRun.of(env(), "check-gmail", DemoFundSeed.ALICE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[FAIL] gmail.compose (reply drafts and the digest's send) fails for "
                        + "alice@northwind.vc", "lacks scope https://www.googleapis.com/auth/gmail.compose",
                "To fix: in admin.google.com", "give client id " + fake.serviceAccount().clientId());
    }

    @Test
    void checkGmailOnAnUnknownMemberSaysSo() {
        CliRun run = CliRun.of(env(), "check-gmail", "nobody@northwind.vc");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("nobody@northwind.vc is unknown or suspended in Google Workspace");
    }

    @Test
    void checkGmailWithoutCredentialsSaysWhereToGetThem() {
        Map<String, String> env = env();
        env.remove("CRM_GOOGLE_CREDENTIALS");

        CliRun run = CliRun.of(env, "check-gmail", DemoFundSeed.ALICE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CRM_GOOGLE_CREDENTIALS is not set", "docs/gmail-setup.md");
    }

    @Test
    void aBrokenKeyIsNamedButItsMaterialIsNeitherPrintedNorLogged() {
        String brokenKey = "{\"type\":\"service_account\",\"client_id\":\"1\",\"client_email\":\"sync@p.iam.example\","
                + "\"private_key_id\":\"k1\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\n" + KEY_MATERIAL
                + "\\n-----END PRIVATE KEY-----\\n\"}";

        CliRun check = CliRun.of(env("CRM_GOOGLE_CREDENTIALS", brokenKey), "check-gmail", DemoFundSeed.ALICE);
        CliRun serve = CliRun.of(env("CRM_GOOGLE_CREDENTIALS", brokenKey, "CRM_HTTP_PORT", "0"), "serve");

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("CRM_GOOGLE_CREDENTIALS: the service-account key is not a Google service "
                + "account's JSON key file");
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.err()).contains("CRM_GOOGLE_CREDENTIALS");
        assertThat(check.all() + serve.all() + everythingLogged()).doesNotContain(KEY_MATERIAL)
                .doesNotContain("BEGIN PRIVATE KEY");
    }

    @Test
    void aConfigurationErrorNeverPrintsOrLogsASecret() {
        CliRun run = CliRun.of(env("SMTP_HOST", "smtp.northwind.vc", "SMTP_PASSWORD", "hunter2", "SMTP_PORT", "x",
                "CRM_DB_PASSWORD", "s3cret-db", "CRM_DB_PASSWORD_FILE", "/run/secrets/db"), "serve");

        assertThat(run.exitCode()).isEqualTo(Cli.CONFIG_ERROR);
        assertThat(run.err()).contains("SMTP_PORT", "CRM_DB_PASSWORD and CRM_DB_PASSWORD_FILE are both set");
        assertThat(run.all() + everythingLogged()).doesNotContain("hunter2").doesNotContain("s3cret-db")
                .doesNotContain("PRIVATE KEY");
    }

    @Test
    void syncOnceCapturesFromGmailAndLogsTheSyncWithItsQuotaUnits() {
        try (HikariDataSource pool = Application.openDatabase(AppConfig.databaseFrom(env()), 2)) {
            DemoFundSeed.seed(JdbiStores.create(pool));
        }
        fake.user(DemoFundSeed.ALICE).add(letter("Jane Doe <jane.doe@acmepension.com>", DemoFundSeed.ALICE,
                "Q4 statement"));
        fake.user(DemoFundSeed.ALICE).add(letter("Lunch <carol@northwind.vc>", DemoFundSeed.ALICE, "Lunch"));

        CliRun run = CliRun.of(env("CRM_MAILBOXES", DemoFundSeed.ALICE), "sync-once", "--mailbox", DemoFundSeed.ALICE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("alice@northwind.vc: done: 2 messages listed, 2 new, 1 proposals created");
        assertThat(everythingLogged()).containsPattern("sync mailbox=alice@northwind.vc outcome=completed messages=2 "
                + "new=2 captured=1 proposals=1 quarantined=0 units=[1-9]\\d* durationMs=\\d+");
    }
}
