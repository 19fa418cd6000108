package dev.fundcrm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.JdbiStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path directory;

    @Test
    void serveIsTheDefaultCommandRegistersTheConfiguredMailboxesAndStopsCleanly() throws Exception {
        Map<String, String> env = Map.of("CRM_DB_URL", DataSources.h2File(directory.resolve("db")),
                "CRM_FUND_DOMAINS", "northwind.vc", "CRM_HTTP_PORT", "0", "CRM_MAILBOXES", "alice@northwind.vc");
        Shutdown shutdown = Shutdown.manual();
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine(new Launch(env, Clock.systemUTC(), false, shutdown));
        cli.setOut(new PrintWriter(out, true));

        CompletableFuture<Integer> serve = CompletableFuture.supplyAsync(() -> cli.execute());
        assertThat(shutdown.awaitReady(60)).as("serve started").isTrue();
        Matcher url = Pattern.compile("serving on (http://localhost:\\d+) ").matcher(out.toString());
        assertThat(url.find()).as(out.toString()).isTrue();
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        shutdown.stop();

        assertThat(serve.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(health.statusCode()).isEqualTo(200);
        try (HikariDataSource pool = Application.openDatabase(AppConfig.databaseFrom(env), 1)) {
            assertThat(JdbiStores.create(pool).mailboxes().find(Mailbox.of("alice@northwind.vc"))).isPresent();
        }
    }
}
