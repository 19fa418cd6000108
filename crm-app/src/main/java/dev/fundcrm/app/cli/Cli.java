package dev.fundcrm.app.cli;

import dev.fundcrm.app.config.ConfigException;
import dev.fundcrm.domain.port.out.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code fundcrm [serve|demo|sync-once|import-mbox|migrate|admin add|token create|check-gmail]},
 * {@code serve} when no command is given. Failures the operator can fix (configuration, database, a bad
 * argument) end with one clear message and a non-zero exit code, never a stack trace.
 */
@Command(name = "fundcrm", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Turns a venture fund team's Gmail into CRM proposals, safely.",
                "Without a command: serve. Configuration: environment variables (docs/configuration.md)."})
public final class Cli implements Callable<Integer> {

    /** Exit code of a configuration the operator must fix. */
    public static final int CONFIG_ERROR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Every command, wired to the launch's environment, clock and shutdown. */
    public static CommandLine commandLine(Launch launch) {
        CommandLine cli = new CommandLine(new Cli())
                .addSubcommand("serve", new ServeCommand(launch))
                .addSubcommand("demo", new DemoCommand(launch))
                .addSubcommand("sync-once", new SyncOnceCommand(launch))
                .addSubcommand("import-mbox", new ImportMboxCommand(launch))
                .addSubcommand("migrate", new MigrateCommand(launch))
                .addSubcommand("admin", new AdminCommand(launch))
                .addSubcommand("token", new TokenCommand(launch))
                .addSubcommand("check-gmail", new CheckGmailCommand(launch));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(Cli::failed);
        return cli;
    }

    @Spec
    CommandSpec spec;

    /** No command: {@code serve}. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("serve").execute();
    }

    private static int failed(Exception failure, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        if (failure instanceof ConfigException config) {
            err.println(config.getMessage());
            err.println("see docs/configuration.md");
            return CONFIG_ERROR;
        }
        if (failure instanceof StoreException || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException) {
            // Our own messages: written to be shown, without secrets.
            err.println("error: " + failure.getMessage());
            return 1;
        }
        LOG.error("{} failed unexpectedly", command.getCommandName(), failure);
        err.println("error: " + command.getCommandName() + " failed unexpectedly (" + failure.getClass().getSimpleName()
                + "); the log has the details");
        return 1;
    }

    /** The version in the jar's manifest, when run from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"fundcrm " + (version == null ? "(development build)" : version)};
        }
    }
}
