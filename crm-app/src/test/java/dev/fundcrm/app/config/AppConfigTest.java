package dev.fundcrm.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.app.web.WebConfig;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.gmail.GmailSettings;
import dev.fundcrm.gmail.quota.GmailCosts;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.smtp.SmtpSettings.Security;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

    private static final String KEY_JSON = "{\"type\":\"service_account\",\"private_key\":\"-----BEGIN PRIVATE KEY-----SECRETKEYMATERIAL\"}";

    @TempDir
    Path dir;

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_FUND_DOMAINS", "northwind.vc");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static String problemsOf(Map<String, String> env) {
        try {
            AppConfig.from(env);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the configuration to be refused");
    }

    @Test
    void onlyTheFundDomainsAreRequiredAndEverythingElseHasADefault() {
        AppConfig config = AppConfig.from(env());

        assertThat(config.database().url()).isEqualTo(DataSources.DEFAULT_URL);
        assertThat(config.database().embedded()).isTrue();
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.fund().fundDomains().domains()).containsExactly("northwind.vc");
        assertThat(config.fund().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.fund().awaitingReplyDays()).isEqualTo(2);
        assertThat(config.fund().defaultVisibility()).isEqualTo(Visibility.SUBJECT);
        assertThat(config.fund().digestSender()).isEmpty();
        assertThat(config.digest().at()).isEqualTo(LocalTime.of(8, 0));
        assertThat(config.sync().interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.sync().threads()).isEqualTo(4);
        assertThat(config.sync().instanceName()).isNotBlank();
        assertThat(config.mailboxes()).isEmpty();
        assertThat(config.gmail()).isEmpty();
        assertThat(config.smtp()).isEmpty();
    }

    @Test
    void missingFundDomainsAreNamed() {
        Map<String, String> env = env();
        env.remove("CRM_FUND_DOMAINS");
        assertThat(problemsOf(env)).contains("CRM_FUND_DOMAINS is required");
        assertThat(problemsOf(env("CRM_FUND_DOMAINS", "not a domain!"))).contains("CRM_FUND_DOMAINS must be domains");
    }

    @Test
    void fundSettingsAndDigestAreRead() {
        AppConfig config = AppConfig.from(env("CRM_FUND_DOMAINS", "northwind.vc, northwind-capital.com",
                "CRM_TIMEZONE", "Europe/London", "CRM_DIGEST_TIME", "07:30", "CRM_DIGEST_AWAITING_DAYS", "3",
                "CRM_DIGEST_SENDER", "ops@northwind.vc", "CRM_DEFAULT_VISIBILITY", "full_excerpt"));

        assertThat(config.fund().fundDomains().domains()).containsExactlyInAnyOrder("northwind.vc",
                "northwind-capital.com");
        assertThat(config.fund().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.digest().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.digest().at()).isEqualTo(LocalTime.of(7, 30));
        assertThat(config.fund().awaitingReplyDays()).isEqualTo(3);
        assertThat(config.fund().digestSender()).contains(EmailAddress.of("ops@northwind.vc"));
        assertThat(config.fund().defaultVisibility()).isEqualTo(Visibility.FULL_EXCERPT);
    }

    @Test
    void malformedValuesAreAllReportedAtOnceEachByName() {
        String problems = problemsOf(env("CRM_HTTP_PORT", "eighty", "CRM_TIMEZONE", "Mars/Olympus",
                "CRM_DIGEST_TIME", "25:99", "CRM_DIGEST_AWAITING_DAYS", "0", "CRM_DIGEST_SENDER", "nobody",
                "CRM_SYNC_INTERVAL", "soon", "CRM_SYNC_THREADS", "1000", "CRM_DEFAULT_VISIBILITY", "all",
                "CRM_DB_URL", "jdbc:mysql://db/crm?password=hunter2", "CRM_MAILBOXES", "alice@northwind.vc,bob"));

        assertThat(problems).contains("CRM_HTTP_PORT must be a whole number from 0 to 65535, was 'eighty'",
                "CRM_TIMEZONE must be a time zone", "'Mars/Olympus'", "CRM_DIGEST_TIME must be a time of day",
                "CRM_DIGEST_AWAITING_DAYS must be a whole number from 1 to 365, was '0'",
                "CRM_DIGEST_SENDER must be an email address", "CRM_SYNC_INTERVAL must be a duration",
                "CRM_SYNC_THREADS must be a whole number from 1 to 64", "CRM_DEFAULT_VISIBILITY must be",
                "CRM_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL", "CRM_MAILBOXES must be mailbox addresses");
        assertThat(problems).doesNotContain("hunter2");
    }

    @Test
    void syncIntervalTakesShortFormsAndIsoDurations() {
        assertThat(AppConfig.from(env("CRM_SYNC_INTERVAL", "30s")).sync().interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(AppConfig.from(env("CRM_SYNC_INTERVAL", "2h")).sync().interval()).isEqualTo(Duration.ofHours(2));
        assertThat(AppConfig.from(env("CRM_SYNC_INTERVAL", "PT10M")).sync().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(problemsOf(env("CRM_SYNC_INTERVAL", "0s"))).contains("CRM_SYNC_INTERVAL");
        assertThat(AppConfig.from(env("CRM_SYNC_THREADS", "2", "CRM_INSTANCE_NAME", "web-1")).sync())
                .isEqualTo(new SyncConfig(Duration.ofMinutes(5), 2, "web-1"));
        assertThat(AppConfig.from(env("HOSTNAME", "pod-7")).sync().instanceName())
                .isEqualTo("pod-7-" + ProcessHandle.current().pid());
    }

    @Test
    void mailboxesAreSeparatedByCommasAndTheirAliasesBySemicolons() {
        AppConfig config = AppConfig.from(env("CRM_MAILBOXES",
                "alice@northwind.vc;alice.smith@northwind-capital.com, bob@northwind.vc"));

        assertThat(config.mailboxes()).containsExactly(
                MailboxAccount.of("alice@northwind.vc", "alice.smith@northwind-capital.com"),
                MailboxAccount.of("bob@northwind.vc"));
    }

    @Test
    void databaseUrlUserAndPasswordAreReadAndThePasswordNeverPrinted() {
        AppConfig config = AppConfig.from(env("CRM_DB_URL", "jdbc:postgresql://db:5432/crm", "CRM_DB_USER", "crm",
                "CRM_DB_PASSWORD", "hunter2"));

        assertThat(config.database().embedded()).isFalse();
        assertThat(config.database().userOrNull()).isEqualTo("crm");
        assertThat(config.database().password()).get().extracting(secret -> secret.reveal()).isEqualTo("hunter2");
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    @Test
    void aSecretMayComeFromAFileButNotFromBothPlaces() throws Exception {
        Path file = Files.writeString(dir.resolve("db-password"), "hunter2\n");

        AppConfig config = AppConfig.from(env("CRM_DB_PASSWORD_FILE", file.toString()));

        assertThat(config.database().password().orElseThrow().reveal()).isEqualTo("hunter2");
        assertThat(problemsOf(env("CRM_DB_PASSWORD_FILE", file.toString(), "CRM_DB_PASSWORD", "hunter2")))
                .contains("CRM_DB_PASSWORD and CRM_DB_PASSWORD_FILE are both set").doesNotContain("hunter2");
        assertThat(problemsOf(env("CRM_DB_PASSWORD_FILE", dir.resolve("missing").toString())))
                .contains("CRM_DB_PASSWORD_FILE names a file that can't be read");
    }

    @Test
    void httpPortZeroMeansAnyFreePort() {
        assertThat(AppConfig.from(env("CRM_HTTP_PORT", "0")).httpPort()).isZero();
        assertThat(problemsOf(env("CRM_HTTP_PORT", "70000"))).contains("CRM_HTTP_PORT");
    }

    @Test
    void theReviewPagesCookieIsSecureUnlessTurnedOffAndItsIdleTimeoutIsRead() {
        assertThat(AppConfig.from(env()).web()).isEqualTo(WebConfig.secure());
        assertThat(AppConfig.from(env("CRM_WEB_SECURE_COOKIES", "false", "CRM_WEB_SESSION_IDLE", "2h")).web())
                .isEqualTo(new WebConfig(false, Duration.ofHours(2)));
        assertThat(problemsOf(env("CRM_WEB_SECURE_COOKIES", "maybe", "CRM_WEB_SESSION_IDLE", "0s")))
                .contains("CRM_WEB_SECURE_COOKIES must be true or false", "CRM_WEB_SESSION_IDLE");
    }

    @Test
    void gmailIsConfiguredByTheKeyJsonOrItsFileWithDefaultsAround() throws Exception {
        GmailSettings inline = AppConfig.from(env("CRM_GOOGLE_CREDENTIALS", KEY_JSON)).gmail().orElseThrow();
        Path keyFile = Files.writeString(dir.resolve("key.json"), KEY_JSON);
        GmailSettings fromFile = AppConfig.from(env("CRM_GOOGLE_CREDENTIALS", keyFile.toString())).gmail().orElseThrow();

        assertThat(inline.serviceAccountKey().reveal()).isEqualTo(KEY_JSON);
        assertThat(fromFile.serviceAccountKey().reveal()).isEqualTo(KEY_JSON);
        assertThat(inline.rootUrl()).isEqualTo(GmailSettings.DEFAULT_ROOT_URL);
        assertThat(inline.tokenUri()).isEqualTo(GmailSettings.DEFAULT_TOKEN_URI);
        assertThat(inline.costs()).isEqualTo(GmailCosts.since2026());
        assertThat(inline.batchSize()).isEqualTo(GmailSettings.DEFAULT_BATCH_SIZE);
        assertThat(inline.backfillQuery()).isEqualTo(GmailSettings.DEFAULT_BACKFILL_QUERY);
        assertThat(inline.toString()).doesNotContain("SECRETKEYMATERIAL");
    }

    @Test
    void gmailEndpointsQuotaBudgetBatchAndQueryAreRead() {
        GmailSettings gmail = AppConfig.from(env("CRM_GOOGLE_CREDENTIALS", KEY_JSON,
                "CRM_GMAIL_ROOT_URL", "http://127.0.0.1:9999", "CRM_GOOGLE_TOKEN_URI", "http://127.0.0.1:9999/token",
                "CRM_GMAIL_QUOTA", "legacy", "CRM_GMAIL_USER_BUDGET", "3000", "CRM_GMAIL_BATCH_SIZE", "10",
                "CRM_GMAIL_BACKFILL_QUERY", "newer_than:30d")).gmail().orElseThrow();

        assertThat(gmail.rootUrl().toString()).isEqualTo("http://127.0.0.1:9999/");
        assertThat(gmail.tokenUri().toString()).isEqualTo("http://127.0.0.1:9999/token");
        assertThat(gmail.costs()).isEqualTo(GmailCosts.before2026().withBudget(3000));
        assertThat(gmail.batchSize()).isEqualTo(10);
        assertThat(gmail.backfillQuery()).isEqualTo("newer_than:30d");
    }

    @Test
    void badGmailValuesAreNamedAndTheKeyIsNeverEchoed() {
        String problems = problemsOf(env("CRM_GOOGLE_CREDENTIALS", KEY_JSON, "CRM_GMAIL_ROOT_URL", "ftp://x",
                "CRM_GOOGLE_TOKEN_URI", "nowhere", "CRM_GMAIL_QUOTA", "2019", "CRM_GMAIL_BATCH_SIZE", "100"));

        assertThat(problems).contains("CRM_GMAIL_ROOT_URL must be an http(s) URL",
                "CRM_GOOGLE_TOKEN_URI must be an http(s) URL", "CRM_GMAIL_QUOTA must be 2026",
                "CRM_GMAIL_BATCH_SIZE must be a whole number from 1 to 50");
        assertThat(problems).doesNotContain("SECRETKEYMATERIAL");
    }

    @Test
    void aBadBudgetOrBackfillQueryIsNamed() {
        assertThat(problemsOf(env("CRM_GOOGLE_CREDENTIALS", KEY_JSON, "CRM_GMAIL_USER_BUDGET", "lots")))
                .contains("CRM_GMAIL_USER_BUDGET must be a whole number from 100 to 1000000, was 'lots'");
        assertThat(problemsOf(env("CRM_GOOGLE_CREDENTIALS", KEY_JSON, "CRM_GMAIL_BACKFILL_QUERY", "newer_than:30d\nin:x")))
                .contains("CRM_GMAIL_BACKFILL_QUERY must be one Gmail search on one line")
                .doesNotContain("SECRETKEYMATERIAL");
    }

    @Test
    void anUnreadableKeyNamesThePathButNeverAValueThatLooksLikeKeyMaterial() {
        assertThat(problemsOf(env("CRM_GOOGLE_CREDENTIALS", "/etc/fundcrm/missing-key.json")))
                .contains("CRM_GOOGLE_CREDENTIALS", "'/etc/fundcrm/missing-key.json'");
        String base64Key = "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t SECRETKEYMATERIAL " + "A".repeat(300);
        assertThat(problemsOf(env("CRM_GOOGLE_CREDENTIALS", base64Key)))
                .contains("CRM_GOOGLE_CREDENTIALS must be the service-account key's JSON")
                .doesNotContain("SECRETKEYMATERIAL");
    }

    @Test
    void smtpIsConfiguredBySmtpHostWithThePortFollowingTheSecurity() {
        var smtp = AppConfig.from(env("SMTP_HOST", "smtp.northwind.vc", "SMTP_USERNAME", "digest",
                "SMTP_PASSWORD", "hunter2", "SMTP_FROM", "digest@northwind.vc")).smtp().orElseThrow();
        var ssl = AppConfig.from(env("SMTP_HOST", "mail", "SMTP_SECURITY", "ssl")).smtp().orElseThrow();
        var plain = AppConfig.from(env("SMTP_HOST", "mail", "SMTP_SECURITY", "none", "SMTP_PORT", "2525",
                "SMTP_TIMEOUT", "5s")).smtp().orElseThrow();

        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.security()).isEqualTo(Security.STARTTLS);
        assertThat(smtp.username()).contains("digest");
        assertThat(smtp.passwordOrNull().reveal()).isEqualTo("hunter2");
        assertThat(smtp.from()).contains(EmailAddress.of("digest@northwind.vc"));
        assertThat(smtp.toString()).doesNotContain("hunter2");
        assertThat(ssl.port()).isEqualTo(465);
        assertThat(plain.port()).isEqualTo(2525);
        assertThat(plain.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void smtpProblemsAreNamedWithoutThePassword() throws Exception {
        Path file = Files.writeString(dir.resolve("smtp"), "s3cret-from-file");
        assertThat(AppConfig.from(env("SMTP_HOST", "mail", "SMTP_USERNAME", "u", "SMTP_PASSWORD_FILE",
                file.toString())).smtp().orElseThrow().passwordOrNull().reveal()).isEqualTo("s3cret-from-file");

        String problems = problemsOf(env("SMTP_HOST", "mail", "SMTP_SECURITY", "tls", "SMTP_PORT", "0",
                "SMTP_FROM", "not-an-address", "SMTP_PASSWORD", "hunter2"));
        assertThat(problems).contains("SMTP_SECURITY must be starttls, ssl or none", "SMTP_PORT", "SMTP_FROM")
                .doesNotContain("hunter2");
        assertThat(problemsOf(env("SMTP_HOST", "mail", "SMTP_USERNAME", "u"))).contains("SMTP_PASSWORD");
        assertThat(problemsOf(env("SMTP_HOST", "mail", "SMTP_TIMEOUT", "never"))).contains("SMTP_TIMEOUT must be a duration");
    }

    @Test
    void smtpAndGmailAreOffWithoutTheirHostOrKey() {
        AppConfig config = AppConfig.from(env("SMTP_PORT", "2525", "CRM_GMAIL_QUOTA", "legacy"));
        assertThat(config.smtp()).isEmpty();
        assertThat(config.gmail()).isEmpty();
    }
}
