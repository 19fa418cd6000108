package dev.fundcrm.app.cli;

/** The admin HTTP API as started by {@code serve} or {@code demo}: its port, and how to stop it. */
public interface RunningApi extends AutoCloseable {

    /** The port it listens on; -1 when no API runs. */
    int port();

    @Override
    void close();
}
