package dev.fundcrm.app.config;

import dev.fundcrm.app.web.WebConfig;
import dev.fundcrm.domain.model.DigestSchedule;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.gmail.GmailSettings;
import dev.fundcrm.smtp.SmtpSettings;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole configuration, read from the environment once at start (docs/configuration.md lists every
 * variable). Each component gets only its slice. Reading reports every missing or malformed variable at once;
 * a secret's value is never part of a message or of {@link #toString()}. Immutable.
 *
 * @param gmailOrNull null without {@code CRM_GOOGLE_CREDENTIALS}: no Gmail capture, drafts or digest send
 * @param smtpOrNull null without {@code SMTP_HOST}: no SMTP fallback for the digest
 * @param web the review pages' cookie and session settings ({@code CRM_WEB_*})
 */
public record AppConfig(DatabaseConfig database, int httpPort, FundSettings fund, DigestSchedule digest,
                        SyncConfig sync, List<MailboxAccount> mailboxes, GmailSettings gmailOrNull,
                        SmtpSettings smtpOrNull, WebConfig web) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(8, 0);
    public static final int DEFAULT_AWAITING_DAYS = 2;

    public AppConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(fund, "fund");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(web, "web");
        mailboxes = List.copyOf(mailboxes);
    }

    /**
     * Reads the configuration from environment variables (the process's, or a map in tests).
     *
     * @throws ConfigException naming every missing or malformed variable
     */
    public static AppConfig from(Map<String, String> environment) {
        Env env = new Env(environment);
        DatabaseConfig database = DatabaseConfig.read(env);
        int port = env.integer("CRM_HTTP_PORT", DEFAULT_HTTP_PORT, 0, 65_535);
        FundSettings fund = fund(env);
        LocalTime digestTime = env.time("CRM_DIGEST_TIME", DEFAULT_DIGEST_TIME);
        SyncConfig sync = SyncConfig.read(env);
        List<MailboxAccount> mailboxes = mailboxes(env);
        Optional<GmailSettings> gmail = GmailConfig.read(env);
        Optional<SmtpSettings> smtp = SmtpConfig.read(env);
        WebConfig web = WebSettings.read(env);
        env.throwIfProblems();
        return new AppConfig(database, port, fund, new DigestSchedule(digestTime, fund.zone()), sync, mailboxes,
                gmail.orElse(null), smtp.orElse(null), web);
    }

    /** Only the database's part, for the commands that need nothing else (migrate, admin, token). */
    public static DatabaseConfig databaseFrom(Map<String, String> environment) {
        Env env = new Env(environment);
        DatabaseConfig database = DatabaseConfig.read(env);
        env.throwIfProblems();
        return database;
    }

    /** Only Gmail's part ({@code check-gmail}); empty without {@code CRM_GOOGLE_CREDENTIALS}. */
    public static Optional<GmailSettings> gmailFrom(Map<String, String> environment) {
        Env env = new Env(environment);
        Optional<GmailSettings> gmail = GmailConfig.read(env);
        env.throwIfProblems();
        return gmail;
    }

    public Optional<GmailSettings> gmail() {
        return Optional.ofNullable(gmailOrNull);
    }

    public Optional<SmtpSettings> smtp() {
        return Optional.ofNullable(smtpOrNull);
    }

    public AppConfig withHttpPort(int port) {
        return new AppConfig(database, port, fund, digest, sync, mailboxes, gmailOrNull, smtpOrNull, web);
    }

    private static FundSettings fund(Env env) {
        List<String> domains = env.list("CRM_FUND_DOMAINS");
        FundDomains fundDomains = null;
        if (domains.isEmpty()) {
            env.problem("CRM_FUND_DOMAINS", "is required: the fund's own mail domains, comma-separated "
                    + "(e.g. northwind.vc,northwind-capital.com)");
        } else {
            fundDomains = env.parsed("CRM_FUND_DOMAINS", null, value -> new FundDomains(Set.copyOf(domains)),
                    "must be domains such as northwind.vc, comma-separated");
        }
        ZoneId zone = env.zone("CRM_TIMEZONE", ZoneId.of("UTC"));
        int awaitingDays = env.integer("CRM_DIGEST_AWAITING_DAYS", DEFAULT_AWAITING_DAYS, 1, 365);
        Visibility visibility = env.parsed("CRM_DEFAULT_VISIBILITY", Visibility.SUBJECT,
                value -> Visibility.valueOf(value.toUpperCase(java.util.Locale.ROOT)),
                "must be METADATA_ONLY, SUBJECT or FULL_EXCERPT");
        EmailAddress sender = env.address("CRM_DIGEST_SENDER").orElse(null);
        if (fundDomains == null) {
            fundDomains = FundDomains.of("invalid.invalid");
        }
        return new FundSettings(fundDomains, visibility, zone, awaitingDays, sender);
    }

    /** {@code alice@fund.vc;alice.smith@fund-capital.com,bob@fund.vc}: mailboxes by comma, aliases by semicolon. */
    private static List<MailboxAccount> mailboxes(Env env) {
        List<MailboxAccount> accounts = new ArrayList<>();
        for (String entry : env.list("CRM_MAILBOXES")) {
            List<String> parts = Arrays.stream(entry.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            MailboxAccount account = env.parsed("CRM_MAILBOXES", null, value -> new MailboxAccount(
                    Mailbox.of(parts.get(0)), Set.copyOf(parts.subList(1, parts.size()).stream()
                            .map(EmailAddress::of).toList()), false),
                    "must be mailbox addresses separated by commas, each followed by ;alias addresses");
            if (account != null) {
                accounts.add(account);
            }
        }
        return accounts;
    }
}
