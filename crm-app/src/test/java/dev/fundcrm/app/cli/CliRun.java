package dev.fundcrm.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process with a given environment, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        return of(new Launch(env, Clock.systemUTC(), false, Shutdown.manual()), args);
    }

    static CliRun of(Launch launch, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(launch);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Everything printed, for assertions that something appears nowhere. */
    String all() {
        return out + err;
    }
}
