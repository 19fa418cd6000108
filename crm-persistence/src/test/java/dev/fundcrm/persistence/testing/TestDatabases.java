package dev.fundcrm.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.Database;
import dev.fundcrm.persistence.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh databases for tests, one per test class: in-memory H2 in PostgreSQL mode, or a new database on the
 * PostgreSQL server named by the environment variable {@value #URL_VARIABLE} (or the system property
 * {@value #URL_PROPERTY}), such as {@code .ci/postgres start} prints.
 *
 * <p>Without that URL, a PostgreSQL test is skipped on a developer's machine, and fails when the environment
 * variable {@code CI} is set: CI must never pass by skipping them.
 *
 * <p>{@link #freshPostgres()} copies a template database migrated once per JVM, so it costs a {@code CREATE
 * DATABASE}, not a Flyway run. Every database is dropped when closed or, at the latest, when the JVM ends.
 * Thread-safe.
 */
public final class TestDatabases {

    public static final String URL_VARIABLE = "FUNDCRM_TEST_PG_URL";
    public static final String URL_PROPERTY = "fundcrm.test.pg.url";

    private static final int POOL_SIZE = 4;
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final String PREFIX = "fundcrm_test_" + ProcessHandle.current().pid() + "_";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Deque<Runnable> CLEANUPS = new ArrayDeque<>();

    private static String postgresTemplate;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::closeAll, "test-databases-cleanup"));
    }

    private TestDatabases() {
    }

    /** A new in-memory H2 in PostgreSQL mode, migrated to the latest schema. */
    public static TestDatabase freshH2() {
        TestDatabase database = emptyH2();
        Migrations.migrate(database);
        return database;
    }

    /** A new in-memory H2 in PostgreSQL mode, without any table. */
    public static TestDatabase emptyH2() {
        String name = uniqueName();
        String url = DataSources.h2InMemory(name);
        HikariDataSource pool = DataSources.open(url, null, null, POOL_SIZE, name);
        return register(new TestDatabase(name, Database.H2, url, pool, () -> execute(url, "SHUTDOWN")));
    }

    /** A new PostgreSQL database, migrated to the latest schema. Skips or fails the test without a server. */
    public static TestDatabase freshPostgres() {
        return createPostgres(migratedTemplate());
    }

    /** A new PostgreSQL database without any table. Skips or fails the test without a server. */
    public static TestDatabase emptyPostgres() {
        return createPostgres("template1");
    }

    /**
     * The JDBC URL of the PostgreSQL server to test against, with its user and password.
     *
     * @throws IllegalStateException if none is configured and the variable {@code CI} is set
     * @throws org.opentest4j.TestAbortedException if none is configured elsewhere
     */
    public static String postgresUrl() {
        String url = System.getProperty(URL_PROPERTY, "");
        if (url.isBlank()) {
            url = System.getenv().getOrDefault(URL_VARIABLE, "");
        }
        if (!url.isBlank()) {
            return url.strip();
        }
        String missing = "No PostgreSQL to test against: run `export " + URL_VARIABLE
                + "=\"$(.ci/postgres start)\"` (or pass -D" + URL_PROPERTY + "=<jdbc url>)";
        String ci = System.getenv().getOrDefault("CI", "");
        if (!ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            throw new IllegalStateException(missing + ". CI is set, and in CI the PostgreSQL tests must run.");
        }
        return Assumptions.abort(missing);
    }

    private static TestDatabase createPostgres(String template) {
        String serverUrl = postgresUrl();
        String name = uniqueName();
        execute(serverUrl, "CREATE DATABASE " + name + " TEMPLATE " + template);
        String url = withDatabase(serverUrl, name);
        HikariDataSource pool = DataSources.open(url, null, null, POOL_SIZE, name);
        return register(new TestDatabase(name, Database.POSTGRESQL, url, pool, () -> dropOrDefer(serverUrl, name)));
    }

    private static synchronized String migratedTemplate() {
        if (postgresTemplate == null) {
            String serverUrl = postgresUrl();
            String name = uniqueName();
            execute(serverUrl, "CREATE DATABASE " + name);
            // Two connections, as Flyway needs on PostgreSQL; closed before the copies, as PostgreSQL copies no
            // database that has sessions.
            try (HikariDataSource pool = DataSources.open(withDatabase(serverUrl, name), null, null, 2, name)) {
                Migrations.migrate(pool);
            } catch (RuntimeException e) {
                dropPostgres(serverUrl, name);
                throw e;
            }
            CLEANUPS.push(() -> dropPostgres(serverUrl, name));
            postgresTemplate = name;
        }
        return postgresTemplate;
    }

    /**
     * Drops the database now, or, if a session the test role may not end still holds it (a background worker
     * of the server), when the JVM ends: a leftover database must not fail the test that used it.
     */
    private static void dropOrDefer(String serverUrl, String name) {
        try {
            dropPostgres(serverUrl, name);
        } catch (IllegalStateException e) {
            synchronized (TestDatabases.class) {
                CLEANUPS.addLast(() -> dropPostgres(serverUrl, name));
            }
        }
    }

    private static void dropPostgres(String serverUrl, String name) {
        execute(serverUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static String withDatabase(String serverUrl, String name) {
        Matcher matcher = POSTGRES_URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalStateException("Not a jdbc:postgresql://host:port/database URL: "
                    + DataSources.redacted(serverUrl));
        }
        return matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static String uniqueName() {
        return PREFIX + COUNTER.incrementAndGet();
    }

    private static synchronized TestDatabase register(TestDatabase database) {
        CLEANUPS.push(database::close);
        return database;
    }

    // Last in, first out: the copies go before their template.
    private static synchronized void closeAll() {
        while (!CLEANUPS.isEmpty()) {
            try {
                CLEANUPS.pop().run();
            } catch (RuntimeException e) {
                System.err.println("Could not drop a test database: " + e);
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + DataSources.redacted(url), e);
        }
    }
}
