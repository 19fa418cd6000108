package dev.fundcrm.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Conversions at the edge between the domain's values and SQL columns, the same on H2 and PostgreSQL. */
final class Columns {

    private Columns() {
    }

    /**
     * Text as stored: PostgreSQL can't hold U+0000 in text while H2 can, so it is removed everywhere, and both
     * engines hold the same data. A NUL carries no meaning in mail text worth keeping.
     */
    static String text(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
