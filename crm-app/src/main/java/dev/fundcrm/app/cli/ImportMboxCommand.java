package dev.fundcrm.app.cli;

import dev.fundcrm.app.Adapters;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.gmail.takeout.MboxMailboxSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Captures a Google Takeout export (an mbox file, or a folder of .eml files) into one team mailbox, through the
 * same triage as a Gmail sync: headers first, proposals for mail with known contacts. Running it again on the
 * same export creates nothing new; a later, larger export adds what is new.
 */
@Command(name = "import-mbox", mixinStandardHelpOptions = true,
        description = {"Imports a Google Takeout mbox file (or a folder of .eml files) into a team mailbox, "
                + "showing progress.", "The mailbox is registered if it is not yet."})
final class ImportMboxCommand implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The Takeout .mbox file, or a folder of .eml files.")
    Path file;

    @Option(names = "--mailbox", paramLabel = "ADDR", required = true,
            description = "The team member's mailbox the export comes from.")
    String mailbox;

    ImportMboxCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("cannot read " + file + ": give the path of a Takeout .mbox file");
            return 2;
        }
        Mailbox target = Mailbox.of(mailbox);
        AppConfig config = AppConfig.from(launch.env());
        Adapters adapters = Adapters.from(config, launch.clock()).withSource(MboxMailboxSource.of(target, file));
        try (Application app = Application.open(config, launch.clock(), adapters)) {
            app.registerConfiguredMailboxes();
            MailboxAccount account = app.stores().mailboxes().find(target)
                    .orElseGet(() -> new MailboxAccount(target, java.util.Set.of(), false));
            app.stores().mailboxes().register(account.withPaused(false));
            return SyncWithProgress.run(app, List.of(target), spec.commandLine().getOut(), launch.terminal());
        }
    }
}
