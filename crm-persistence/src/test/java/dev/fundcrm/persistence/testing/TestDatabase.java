package dev.fundcrm.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.persistence.DataSources;
import dev.fundcrm.persistence.Database;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database of its own for one test class: a pool on it, and a way to drop it. Closing it (or the end of the JVM)
 * closes the pool and drops the database; closing twice does nothing. Thread-safe.
 */
public final class TestDatabase implements DataSource, AutoCloseable {

    private final String name;
    private final Database engine;
    private final String url;
    private final HikariDataSource pool;
    private final Runnable drop;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestDatabase(String name, Database engine, String url, HikariDataSource pool, Runnable drop) {
        this.name = name;
        this.engine = engine;
        this.url = url;
        this.pool = pool;
        this.drop = drop;
    }

    /** The database's name, unique on its server (or, for H2, in this JVM). */
    public String name() {
        return name;
    }

    public Database engine() {
        return engine;
    }

    /**
     * The JDBC URL, with the user and password in it where the server needs them: for a process of its own
     * (pass it in the environment, not on a command line). An in-memory H2 is reachable only from this JVM.
     */
    public String url() {
        return url;
    }

    /**
     * Another pool on the same database, as a second app instance would open. Closing it closes that pool only;
     * close it before this one, which drops the database.
     */
    public TestDatabase anotherPool(String poolName) {
        return new TestDatabase(name, engine, url, DataSources.open(url, null, null, pool.getMaximumPoolSize(),
                poolName), () -> { });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pool.close();
            drop.run();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "TestDatabase[" + engine + " " + name + "]";
    }
}
