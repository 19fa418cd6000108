package dev.fundcrm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.demo.DemoExports;
import dev.fundcrm.app.demo.DemoFundSeed;
import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.JdbiStores;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliCommandsTest {

    @TempDir
    Path directory;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_DB_URL", DataSources.h2File(directory.resolve("db")));
        env.put("CRM_FUND_DOMAINS", String.join(",", DemoFundSeed.FUND_DOMAINS));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private void withStores(Consumer<Stores> work) {
        try (HikariDataSource pool = Application.openDatabase(AppConfig.databaseFrom(env()), 2)) {
            work.accept(JdbiStores.create(pool));
        }
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of(env(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("serve", "demo", "sync-once", "import-mbox", "migrate", "admin", "token",
                "check-gmail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "demo", "sync-once", "import-mbox", "migrate", "admin", "admin add", "token",
            "token create", "check-gmail"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").split(" ");

        CliRun run = CliRun.of(env(), args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: fundcrm " + command);
    }

    @Test
    void migrateBringsTheDatabaseToTheLatestSchema() {
        CliRun run = CliRun.of(env(), "migrate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("is at the latest schema");
    }

    @Test
    void aBadDatabaseUrlIsNamedWithoutItsPasswordOrAStackTrace() {
        CliRun run = CliRun.of(env("CRM_DB_URL", "jdbc:mysql://db/crm?password=hunter2"), "migrate");

        assertThat(run.exitCode()).isEqualTo(Cli.CONFIG_ERROR);
        assertThat(run.err()).contains("CRM_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL")
                .doesNotContain("hunter2").doesNotContain("\tat ");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLine() {
        CliRun run = CliRun.of(env("CRM_DB_URL", "jdbc:postgresql://127.0.0.1:1/crm?password=hunter2",
                "CRM_DB_USER", "crm"), "migrate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: Could not connect to").doesNotContain("hunter2").doesNotContain("\tat ");
    }

    @Test
    void serveWithoutFundDomainsSaysWhichVariableIsMissing() {
        Map<String, String> env = env();
        env.remove("CRM_FUND_DOMAINS");

        CliRun run = CliRun.of(env);

        assertThat(run.exitCode()).isEqualTo(Cli.CONFIG_ERROR);
        assertThat(run.err()).contains("CRM_FUND_DOMAINS is required", "docs/configuration.md")
                .doesNotContain("Exception");
    }

    @Test
    void adminAddMakesAnActiveAdmin() {
        CliRun run = CliRun.of(env(), "admin", "add", "Carol@Northwind.vc");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("carol@northwind.vc is an active admin");
        withStores(stores -> assertThat(stores.admins().active()).contains(EmailAddress.of("carol@northwind.vc")));
        assertThat(CliRun.of(env(), "admin", "add", "not-an-address").exitCode()).isEqualTo(1);
    }

    @Test
    void tokenCreatePrintsTheTokenOnceAndStoresOnlyItsHash() {
        CliRun run = CliRun.of(env(), "token", "create", "--user", "bob@northwind.vc", "--role", "member");

        assertThat(run.exitCode()).isZero();
        String token = run.out().strip();
        assertThat(token).startsWith("fcrm_").doesNotContain("\n");
        assertThat(run.err()).contains("MEMBER token for bob@northwind.vc", "shown only this once");
        try (HikariDataSource pool = Application.openDatabase(AppConfig.databaseFrom(env()), 2)) {
            assertThat(JdbiStores.apiTokens(pool).find(ApiToken.hash(token)))
                    .contains(new ApiUser(EmailAddress.of("bob@northwind.vc"), Role.MEMBER));
            assertThat(JdbiStores.apiTokens(pool).find(token)).isEmpty();
        }
    }

    @Test
    void tokenCreateRefusesAnUnknownRole() {
        CliRun run = CliRun.of(env(), "token", "create", "--user", "bob@northwind.vc", "--role", "owner");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--role", "owner");
    }

    @Test
    void importMboxCapturesATakeoutExportAndASecondRunAddsNothing() {
        withStores(DemoFundSeed::seed);
        Path mbox = DemoExports.copyTo(directory).get(Mailbox.of(DemoFundSeed.ALICE));

        CliRun first = CliRun.of(env(), "import-mbox", mbox.toString(), "--mailbox", DemoFundSeed.ALICE);
        CliRun second = CliRun.of(env(), "import-mbox", mbox.toString(), "--mailbox", DemoFundSeed.ALICE);

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).containsPattern("alice@northwind.vc: done: 129 messages listed, 129 new, \\d\\d+ "
                + "proposals created, 1 unreadable");
        assertThat(second.out()).contains("alice@northwind.vc: done: 0 messages listed, 0 new, 0 proposals created");
        withStores(stores -> assertThat(stores.proposals().countPending()).isGreaterThan(30));
    }

    @Test
    void importMboxRegistersAnUnknownMailboxAndRefusesAMissingFile() {
        Path mbox = DemoExports.copyTo(directory).get(Mailbox.of(DemoFundSeed.BOB));

        CliRun run = CliRun.of(env(), "import-mbox", mbox.toString(), "--mailbox", "dave@northwind.vc");
        CliRun missing = CliRun.of(env(), "import-mbox", directory.resolve("none.mbox").toString(), "--mailbox",
                "dave@northwind.vc");

        assertThat(run.exitCode()).isZero();
        withStores(stores -> assertThat(stores.mailboxes().find(Mailbox.of("dave@northwind.vc"))).isPresent());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read", "none.mbox");
    }

    @Test
    void syncOnceWithoutGmailSaysWhatToConfigure() {
        CliRun run = CliRun.of(env("CRM_MAILBOXES", DemoFundSeed.ALICE), "sync-once");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("alice@northwind.vc: refused: Gmail is not configured: set "
                + "CRM_GOOGLE_CREDENTIALS");
    }

    @Test
    void syncOnceWithNoMailboxSaysHowToAddOne() {
        CliRun run = CliRun.of(env(), "sync-once");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no mailbox to sync: set CRM_MAILBOXES");
    }
}
