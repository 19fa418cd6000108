package dev.fundcrm.app.cli;

import dev.fundcrm.app.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the admin HTTP API ({@code dev.fundcrm.app.http}) over an application: the one place commands do it. */
final class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private ApiServer() {
    }

    static RunningApi start(Application app, int port) {
        LOG.warn("the admin HTTP API is not part of this build yet: nothing listens on port {}", port);
        return new RunningApi() {
            @Override
            public int port() {
                return -1;
            }

            @Override
            public void close() {
                // nothing started
            }
        };
    }
}
