package dev.fundcrm.app.config;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * How the scheduler syncs: every {@code CRM_SYNC_INTERVAL} (default 5 minutes), up to {@code CRM_SYNC_THREADS}
 * mailboxes at once (default 4), holding leases under the name {@code CRM_INSTANCE_NAME} (default the host name
 * and process id) so that several instances on one PostgreSQL share the mailboxes.
 */
public record SyncConfig(Duration interval, int threads, String instanceName) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    public static final int DEFAULT_THREADS = 4;

    static SyncConfig read(Env env) {
        return new SyncConfig(env.duration("CRM_SYNC_INTERVAL", DEFAULT_INTERVAL, Duration.ofSeconds(1)),
                env.integer("CRM_SYNC_THREADS", DEFAULT_THREADS, 1, 64),
                env.text("CRM_INSTANCE_NAME").orElseGet(() -> defaultInstanceName(env.text("HOSTNAME"))));
    }

    /** The host (from {@code HOSTNAME}, as containers set it, else the resolver) and the process id. */
    static String defaultInstanceName(Optional<String> hostname) {
        String host = hostname.orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "fundcrm";
            }
        });
        return host + "-" + ProcessHandle.current().pid();
    }
}
