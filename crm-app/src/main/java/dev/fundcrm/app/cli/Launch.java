package dev.fundcrm.app.cli;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command gets from outside: the environment (a map, so tests never touch the process's), the clock,
 * whether output goes to a terminal (progress is then redrawn in place), and how a server ends.
 */
public record Launch(Map<String, String> env, Clock clock, boolean terminal, Shutdown shutdown) {

    public Launch {
        env = Map.copyOf(env);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(shutdown, "shutdown");
    }

    /** The real process: its environment, the system clock, {@code System.console()} for the terminal. */
    public static Launch ofProcess() {
        return new Launch(System.getenv(), Clock.systemUTC(), System.console() != null, Shutdown.onJvmExit());
    }
}
