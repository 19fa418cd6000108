package dev.fundcrm.app.cli;

import dev.fundcrm.app.Adapters;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.http.AdminApi;
import dev.fundcrm.app.web.ReviewPages;
import dev.fundcrm.app.demo.DemoExports;
import dev.fundcrm.app.demo.DemoFundSeed;
import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.gmail.takeout.MboxMailboxSource;
import dev.fundcrm.persistence.DataSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The demo: a fresh embedded database in a temporary directory, the demo fund seeded, its two mailboxes'
 * Takeout exports imported so that proposals wait, the server started; prints the URL and an admin token.
 * Nothing outside the temporary directory is touched; it is deleted on stop.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts the server on a fresh, temporary H2 database with a demo fund and its imported mail.",
                "Prints the URL and an admin token. Stop with Ctrl-C; the demo database is then deleted."})
final class DemoCommand implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The HTTP port; 0 picks a free one. Default: CRM_HTTP_PORT, else 8080.")
    Integer port;

    DemoCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        Path directory = Files.createTempDirectory("fundcrm-demo");
        launch.shutdown().onStop(() -> deleteRecursively(directory));
        try {
            start(directory);
        } catch (RuntimeException | ExecutionException e) {
            launch.shutdown().stop();
            throw e;
        }
        launch.shutdown().awaitStop();
        return 0;
    }

    private void start(Path directory) throws InterruptedException, ExecutionException {
        AppConfig config = AppConfig.from(environment(directory));
        Map<Mailbox, Path> exports = DemoExports.copyTo(directory);
        Adapters adapters = Adapters.from(config, launch.clock()).withSource(new MboxMailboxSource(exports));
        Application app = Application.open(config, launch.clock(), adapters);
        launch.shutdown().onStop(app);
        DemoFundSeed.seed(app.stores());
        Map<Mailbox, SyncOutcome> imported = app.runner().tick().get();
        Secret token = ApiToken.issue();
        app.apiTokens().add(ApiToken.hash(token.reveal()), new ApiUser(EmailAddress.of(DemoFundSeed.ALICE), Role.ADMIN),
                launch.clock().instant());
        AdminApi api = AdminApi.start(app.apiContext(), "0.0.0.0", config.httpPort(),
                ReviewPages.extension(app.apiContext(), config.web()));
        launch.shutdown().onStop(api::stop);
        app.runner().start();
        print(imported, app.stores().proposals().countPending(), api.port(), token, directory);
        launch.shutdown().ready();
    }

    private Map<String, String> environment(Path directory) {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_FUND_DOMAINS", String.join(",", DemoFundSeed.FUND_DOMAINS));
        env.put("CRM_DB_URL", DataSources.h2File(directory.resolve("fundcrm")));
        env.put("CRM_TIMEZONE", "Europe/London");
        env.put("CRM_INSTANCE_NAME", "demo");
        env.put("CRM_SYNC_THREADS", "2");
        env.put("CRM_WEB_SECURE_COOKIES", "false");
        String configuredPort = launch.env().get("CRM_HTTP_PORT");
        if (port != null) {
            env.put("CRM_HTTP_PORT", Integer.toString(port));
        } else if (configuredPort != null) {
            env.put("CRM_HTTP_PORT", configuredPort);
        }
        return env;
    }

    private void print(Map<Mailbox, SyncOutcome> imported, long pending, int httpPort, Secret token, Path directory) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("fundcrm demo: Northwind Ventures, with a Takeout export imported for each team mailbox");
        imported.forEach((mailbox, outcome) -> out.println("  " + mailbox + ": " + SyncWithProgress.summary(outcome)));
        out.println(pending + " proposals wait for review.");
        out.println("URL:         http://localhost:" + httpPort);
        out.println("Review:      http://localhost:" + httpPort + "/inbox (the review pages: sign in with the admin token)");
        out.println("Admin token: " + token.reveal());
        out.println("Try:         curl -H 'Authorization: Bearer " + token.reveal() + "' http://localhost:" + httpPort
                + "/api/proposals");
        out.println("Data:        " + directory + " (deleted when the demo stops)");
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
