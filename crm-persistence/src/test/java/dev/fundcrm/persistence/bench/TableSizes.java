package dev.fundcrm.persistence.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Row counts of the tables capture and review write. */
final class TableSizes {

    static final List<String> TABLES = List.of("messages", "message_participants", "message_attachments", "proposals",
            "sightings", "activities");

    private TableSizes() {
    }

    static Map<String, Long> of(DataSource dataSource) throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    sizes.put(table, count.getLong(1));
                }
            }
        }
        return sizes;
    }
}
