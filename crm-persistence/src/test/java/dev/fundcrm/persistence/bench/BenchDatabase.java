package dev.fundcrm.persistence.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.Database;
import dev.fundcrm.persistence.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh, migrated database for one measurement: an H2 file database (PostgreSQL mode, as in production) in a
 * folder of its own, or a new database on a PostgreSQL server. Closing it closes its pool and deletes it.
 */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Database engine;
    private final String url;
    private final HikariDataSource pool;
    private final Runnable drop;
    private boolean kept;

    private BenchDatabase(Database engine, String url, Runnable drop) {
        this.engine = engine;
        this.url = url;
        this.pool = DataSources.open(url, null, null, DataSources.DEFAULT_POOL_SIZE, "bench");
        this.drop = drop;
        Migrations.migrate(pool);
    }

    static BenchDatabase create(String engine, String postgresUrl, Path folder) {
        String name = "fundcrm_bench_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        if (engine.equals("h2")) {
            Path files = folder.resolve(name);
            // H2 hands back the last result of a repeated query when no table changed since; a real queue sees
            // writes between two reads, so the benchmark turns that off to time the query itself.
            return new BenchDatabase(Database.H2, DataSources.h2File(files.resolve("fundcrm"))
                    + ";OPTIMIZE_REUSE_RESULTS=FALSE", () -> delete(files));
        }
        String server = postgresUrl;
        execute(server, "CREATE DATABASE " + name);
        return new BenchDatabase(Database.POSTGRESQL, withDatabase(server, name),
                () -> execute(server, "DROP DATABASE IF EXISTS " + name));
    }

    /**
     * The PostgreSQL database of that name on the server, created (and migrated) if it is not there, and kept on
     * {@link #close()}: for benchmarks that grow a database once and measure it in several runs.
     */
    static BenchDatabase named(String postgresUrl, String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a database name is lower-case letters, digits and '_': " + name);
        }
        if (!exists(postgresUrl, name)) {
            execute(postgresUrl, "CREATE DATABASE " + name);
        }
        BenchDatabase database = new BenchDatabase(Database.POSTGRESQL, withDatabase(postgresUrl, name),
                () -> execute(postgresUrl, "DROP DATABASE IF EXISTS " + name));
        database.kept = true;
        return database;
    }

    Database engine() {
        return engine;
    }

    HikariDataSource pool() {
        return pool;
    }

    /** A connection outside the pool, for bulk loading: on PostgreSQL, batches of inserts become multi-row ones. */
    Connection bulkConnection() throws SQLException {
        return DriverManager.getConnection(engine == Database.POSTGRESQL
                ? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : url);
    }

    /** Leaves the database behind on {@link #close()}; returns its URL. */
    String keep() {
        kept = true;
        return url;
    }

    /** Closes the pool first: without sessions of ours, DROP DATABASE needs no FORCE (which autovacuum refuses). */
    @Override
    public void close() {
        pool.close();
        if (!kept) {
            drop.run();
        }
    }

    private static String withDatabase(String server, String name) {
        Matcher matcher = POSTGRES_URL.matcher(server);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host:port/database URL: "
                    + DataSources.redacted(server));
        }
        return matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static boolean exists(String url, String name) {
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for database " + name + " on "
                    + DataSources.redacted(url), e);
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

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
