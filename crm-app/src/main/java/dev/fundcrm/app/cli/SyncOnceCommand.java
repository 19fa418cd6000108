package dev.fundcrm.app.cli;

import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** One sync round now, in the foreground, with progress; exit code 1 if a mailbox did not sync completely. */
@Command(name = "sync-once", mixinStandardHelpOptions = true,
        description = {"Syncs every active mailbox (or one) once, now, showing progress, then exits.",
                "Exit code 1 if a mailbox could not be synced completely."})
final class SyncOnceCommand implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    @Option(names = "--mailbox", paramLabel = "ADDR", description = "Sync only this registered mailbox.")
    String mailbox;

    SyncOnceCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        AppConfig config = AppConfig.from(launch.env());
        try (Application app = Application.open(config, launch.clock())) {
            app.registerConfiguredMailboxes();
            List<Mailbox> mailboxes = mailbox == null
                    ? app.stores().mailboxes().all().stream().filter(account -> !account.paused())
                            .map(MailboxAccount::mailbox).toList()
                    : List.of(Mailbox.of(mailbox));
            if (mailboxes.isEmpty()) {
                spec.commandLine().getErr().println("no mailbox to sync: set CRM_MAILBOXES or add one through the API");
                return 1;
            }
            return SyncWithProgress.run(app, mailboxes, spec.commandLine().getOut(), launch.terminal());
        }
    }
}
