package dev.fundcrm.persistence;

import java.util.Locale;

/** The two engines fundcrm runs on, told apart by their JDBC URLs. */
public enum Database {
    H2("jdbc:h2:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Database(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /**
     * The engine a JDBC URL points at.
     *
     * @throws IllegalArgumentException for any other URL; the message shows it with its password masked
     */
    public static Database of(String jdbcUrl) {
        for (Database database : values()) {
            if (jdbcUrl.regionMatches(true, 0, database.urlPrefix, 0, database.urlPrefix.length())) {
                return database;
            }
        }
        throw new IllegalArgumentException("Not an H2 or PostgreSQL JDBC URL: " + DataSources.redacted(jdbcUrl));
    }

    /** The lower-case name Flyway and our migration folders use: {@code h2} or {@code postgresql}. */
    public String vendor() {
        return name().toLowerCase(Locale.ROOT);
    }
}
