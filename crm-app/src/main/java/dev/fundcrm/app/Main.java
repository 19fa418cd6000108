package dev.fundcrm.app;

import dev.fundcrm.app.cli.Cli;
import dev.fundcrm.app.cli.Launch;

/** The jar's entry point: {@code java -jar crm-app.jar [command]}; {@code --help} lists the commands. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.commandLine(Launch.ofProcess()).execute(args));
    }
}
