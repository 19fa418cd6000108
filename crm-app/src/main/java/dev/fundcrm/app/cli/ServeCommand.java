package dev.fundcrm.app.cli;

import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.http.AdminApi;
import dev.fundcrm.app.web.ReviewPages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the app: the admin HTTP API and the scheduler, on the configured database, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the admin HTTP API and the scheduler (mailbox syncs, the daily digest) until stopped.",
                "The default command. Configured from the environment: see docs/configuration.md."})
final class ServeCommand implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    ServeCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = AppConfig.from(launch.env());
        Application app = Application.open(config, launch.clock());
        launch.shutdown().onStop(app);
        try {
            app.registerConfiguredMailboxes();
            AdminApi api = AdminApi.start(app.apiContext(), "0.0.0.0", config.httpPort(),
                    ReviewPages.extension(app.apiContext(), config.web()));
            launch.shutdown().onStop(api::stop);
            app.runner().start();
            spec.commandLine().getOut().println("fundcrm is serving on http://localhost:" + api.port()
                    + " (syncs every " + config.sync().interval().toSeconds() + "s); stop it with Ctrl-C");
            spec.commandLine().getOut().flush();
            launch.shutdown().ready();
        } catch (RuntimeException e) {
            launch.shutdown().stop();
            throw e;
        }
        launch.shutdown().awaitStop();
        return 0;
    }
}
