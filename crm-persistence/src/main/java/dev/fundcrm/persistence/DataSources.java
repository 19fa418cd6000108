package dev.fundcrm.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.domain.port.out.StoreException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection pools on H2 or PostgreSQL. H2 always runs in PostgreSQL compatibility mode, so that the SQL written
 * for PostgreSQL (including {@code INSERT ... ON CONFLICT DO NOTHING}, without a conflict target) runs on both.
 *
 * <p>Passwords never reach a message or a log line: URLs are shown with their password parameter masked. Stateless
 * and thread-safe.
 */
public final class DataSources {

    /** PostgreSQL's dialect, lower-case unquoted names, and NULLs sorted last in ascending order, as PostgreSQL does. */
    public static final String H2_OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The embedded database used when no URL is given: {@code ./data/fundcrm}, from the working directory. */
    public static final String DEFAULT_URL = h2File(Path.of("data", "fundcrm"));

    public static final int DEFAULT_POOL_SIZE = 4;
    public static final String DEFAULT_POOL_NAME = "fundcrm";

    private static final Logger LOG = LoggerFactory.getLogger(DataSources.class);
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern IN_MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private DataSources() {
    }

    /** {@link #open(String, String, String, int, String)} with the default pool size and name. */
    public static HikariDataSource open(String url, String user, String password) {
        return open(url, user, password, DEFAULT_POOL_SIZE, DEFAULT_POOL_NAME);
    }

    /**
     * Opens a pool and its first connection, so that a wrong URL or password shows at start-up.
     *
     * @param url a JDBC URL of H2 or PostgreSQL; null or blank for {@link #DEFAULT_URL}
     * @param user null or empty when the URL carries it or the database needs none
     * @param password null or empty likewise
     * @throws StoreException if the first connection fails; the message names the URL (password masked) and user
     * @throws IllegalArgumentException for a URL of another database or a pool size below 1
     */
    public static HikariDataSource open(String url, String user, String password, int poolSize, String poolName) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("A pool needs at least one connection: " + poolSize);
        }
        String jdbcUrl = urlOrDefault(url);
        Database database = Database.of(jdbcUrl);
        if (jdbcUrl.toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("rewritebatchedinserts=true")) {
            // The driver then reports no per-row counts, and the stores read them to know what was new.
            throw new IllegalArgumentException("reWriteBatchedInserts=true is not supported in CRM_DB_URL: "
                    + "the stores need PostgreSQL's per-row insert counts");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isEmpty()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        String where = redacted(jdbcUrl) + (config.getUsername() == null ? "" : " as " + user);
        try {
            HikariDataSource pool = new HikariDataSource(config);
            LOG.info("Opened pool {} of up to {} connections to {} on {}", poolName, poolSize, database, where);
            return pool;
        } catch (RuntimeException e) {
            // Hikari's own message repeats the driver's, which names the user but never the password.
            throw new StoreException("Could not connect to " + where, e);
        }
    }

    /**
     * Committed transactions reach the file at commit. H2's default writes them up to half a second later, so a
     * killed process would lose commits it had reported done: an approval, a delivered digest's record.
     */
    static final String H2_FILE_OPTIONS = "WRITE_DELAY=0";

    /**
     * The URL of an H2 database in the given file (H2 adds {@code .mv.db}), with {@link #H2_OPTIONS} and
     * {@link #H2_FILE_OPTIONS}. A relative path is written {@code ./path}, as H2 requires.
     */
    public static String h2File(Path file) {
        String path = file.normalize().toString().replace('\\', '/');
        if (path.isEmpty() || path.contains(";")) {
            throw new IllegalArgumentException("Not a usable H2 file path: '" + file + "'");
        }
        return "jdbc:h2:file:" + (file.isAbsolute() ? path : "./" + path) + ";" + H2_OPTIONS + ";" + H2_FILE_OPTIONS;
    }

    /**
     * The URL of a named in-memory H2 database, with {@link #H2_OPTIONS}. It lives until the JVM ends (or a
     * {@code SHUTDOWN}), not until its last connection closes: a pool retiring its connections would empty it.
     */
    public static String h2InMemory(String name) {
        if (!IN_MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An in-memory H2 name takes letters, digits, _ and -: '" + name + "'");
        }
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + H2_OPTIONS;
    }

    /** The URL with the value of any {@code password=} parameter replaced by {@code ***}, for messages and logs. */
    public static String redacted(String jdbcUrl) {
        return PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
    }

    static String urlOrDefault(String url) {
        return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
    }
}
