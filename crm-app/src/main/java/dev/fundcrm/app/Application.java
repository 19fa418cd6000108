package dev.fundcrm.app;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.config.DatabaseConfig;
import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.app.sync.QuotaMeter;
import dev.fundcrm.app.sync.SyncMetrics;
import dev.fundcrm.app.sync.SyncRunner;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.port.in.BackfillContact;
import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.DigestWriter;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.ContactBackfill;
import dev.fundcrm.domain.service.DigestTicker;
import dev.fundcrm.domain.service.LeasedSync;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.UseCases;
import dev.fundcrm.gmail.GmailStats;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.JdbiStores;
import dev.fundcrm.persistence.Migrations;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: everything the app runs, wired with plain {@code new} in one visible order — database
 * pool, migrations, stores, mail adapters, use cases, sync runner. The HTTP API is built from its parts
 * ({@link #stores()}, {@link #apiTokens()}, {@link #useCases()}, {@link #runner()} as the sync control, ...).
 * {@link #wire} takes ready-made stores and adapters, so that tests run the real wiring over fakes. Closing it
 * stops the runner (gracefully) and then the pool.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** Connections beyond the sync workers: the API's requests, the digest, a backfill. */
    private static final int SPARE_CONNECTIONS = 6;

    private final AppConfig config;
    private final Stores stores;
    private final ApiTokens apiTokens;
    private final Adapters adapters;
    private final Clock clock;
    private final UseCases useCases;
    private final ContactBackfill backfill;
    private final SyncRunner runner;
    private final AutoCloseable resources;
    private final DigestWriter digestWriter = new TemplateDigestWriter();
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private Application(AppConfig config, Stores stores, ApiTokens apiTokens, Adapters adapters, Clock clock,
                        AutoCloseable resources) {
        this.config = config;
        this.stores = stores;
        this.apiTokens = apiTokens;
        this.adapters = adapters;
        this.clock = clock;
        this.resources = resources;
        UseCases.Ports ports = new UseCases.Ports(stores, adapters.source(), adapters.drafts(), adapters.preferred(),
                adapters.fallbackOrNull(), digestWriter, adapters.sentMailCheckOrNull());
        this.useCases = UseCases.wire(ports, config.fund(), clock);
        this.backfill = new ContactBackfill(useCases.sync(), stores);
        LeasedSync leased = new LeasedSync(useCases.sync(), stores, clock, config.sync().instanceName(),
                LeasedSync.DEFAULT_LEASE);
        this.runner = new SyncRunner(leased, stores.mailboxes(),
                new DigestTicker(config.digest(), useCases.delivery(), clock), backfill, quotaMeter(adapters), clock,
                config.sync().interval(), config.sync().threads(), new SyncMetrics(metrics));
    }

    /**
     * Opens the configured database, migrates it, and wires the stores with the configured mail adapters.
     *
     * @throws dev.fundcrm.domain.port.out.StoreException if the database can't be reached or migrated
     * @throws IllegalArgumentException if the Gmail key is unusable (the message names the variable, not the key)
     */
    public static Application open(AppConfig config, Clock clock) {
        return open(config, clock, Adapters.from(config, clock));
    }

    /** As {@link #open(AppConfig, Clock)}, with the mail adapters given (an mbox import, the demo, a test). */
    public static Application open(AppConfig config, Clock clock, Adapters adapters) {
        HikariDataSource pool = openDatabase(config.database(), config.sync().threads() + SPARE_CONNECTIONS);
        try {
            return wire(config, JdbiStores.create(pool), JdbiStores.apiTokens(pool), adapters, clock, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The real wiring over given stores and adapters; {@code resources} is closed last by {@link #close()}. */
    public static Application wire(AppConfig config, Stores stores, ApiTokens apiTokens, Adapters adapters,
                                   Clock clock, AutoCloseable resources) {
        return new Application(config, stores, apiTokens, adapters, clock, resources);
    }

    /** Registers the mailboxes of {@code CRM_MAILBOXES}; a mailbox registered before keeps its pause flag. */
    public void registerConfiguredMailboxes() {
        for (MailboxAccount account : config.mailboxes()) {
            boolean paused = stores.mailboxes().find(account.mailbox()).map(MailboxAccount::paused).orElse(false);
            stores.mailboxes().register(account.withPaused(paused));
        }
    }

    public AppConfig config() {
        return config;
    }

    public Stores stores() {
        return stores;
    }

    public ApiTokens apiTokens() {
        return apiTokens;
    }

    public UseCases useCases() {
        return useCases;
    }

    public FundSettings settings() {
        return config.fund();
    }

    public Clock clock() {
        return clock;
    }

    public Adapters adapters() {
        return adapters;
    }

    /** The scheduler; also the API's {@code SyncControl} ("sync now", progress) and its way to run backfills. */
    public SyncRunner runner() {
        return runner;
    }

    /**
     * Searches every mailbox for a new contact address or organization domain, at once; the runner's
     * {@code requestBackfill} runs it in the background.
     */
    public BackfillContact backfill() {
        return backfill;
    }

    /**
     * What the admin API serves from: the use cases, stores, tokens, settings, the runner as its sync control and
     * as the place an added address or domain's backfill runs (in the background).
     */
    public ApiContext apiContext() {
        return new ApiContext(useCases, stores, apiTokens, config.fund(), clock, runner, digestWriter, metrics,
                runner::requestBackfill);
    }

    /** The registry {@code /metrics} scrapes; the sync runner records into it. */
    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** The Gmail adapter's per-user counters (requests, units); empty without Gmail. */
    public Optional<GmailStats> gmailStats() {
        return adapters.gmail().map(gmail -> gmail.stats());
    }

    @Override
    public void close() {
        runner.close();
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("closing the database pool failed: {}", e.getClass().getSimpleName());
        }
    }

    private static QuotaMeter quotaMeter(Adapters adapters) {
        return adapters.gmail().<QuotaMeter>map(gmail -> mailbox -> gmail.stats().of(mailbox.address().canonical())
                .units()).orElse(QuotaMeter.NONE);
    }

    /**
     * Opens a pool of {@code size} connections to the database and migrates it to the latest schema. The pool
     * has at least two: Flyway holds two at once while it migrates.
     *
     * @throws dev.fundcrm.domain.port.out.StoreException if it can't be reached or migrated (no password in
     *     the message)
     */
    public static HikariDataSource openDatabase(DatabaseConfig database, int size) {
        String password = database.password().map(Secret::reveal).orElse(null);
        HikariDataSource pool = DataSources.open(database.url(), database.userOrNull(), password, Math.max(2, size),
                DataSources.DEFAULT_POOL_NAME);
        try {
            int applied = Migrations.migrate(pool);
            LOG.info("database ready: {} migration(s) applied", applied);
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
