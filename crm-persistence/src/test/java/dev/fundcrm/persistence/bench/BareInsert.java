package dev.fundcrm.persistence.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The baseline: plain JDBC {@code addBatch}/{@code executeBatch} of the rows {@link BareRows} produced, one
 * transaction and one batch per table, in the order the store path writes them, with plain {@code INSERT}s (no
 * conflict handling, as the rows are known to be new). Stateless.
 */
final class BareInsert {

    private static final Table MESSAGES = new Table("INSERT INTO messages (message_key, mailbox, gmail_id, thread_id,"
            + " message_id, subject, sent_at, text_excerpt, labels, in_reply_to, refs, headers)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
    private static final Table PARTICIPANTS = new Table("INSERT INTO message_participants (message_key, role,"
            + " position, address, display_name) VALUES (?, ?, ?, ?, ?)", Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
            Types.VARCHAR, Types.VARCHAR);
    private static final Table ATTACHMENTS = new Table("INSERT INTO message_attachments (message_key, position,"
            + " filename, mime_type, size_bytes) VALUES (?, ?, ?, ?, ?)", Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT);
    private static final Table PROPOSALS = new Table("INSERT INTO proposals (id, message_key, target_key, contact_id,"
            + " organization_id, person_address, participant, participant_name, role, rule, state, version,"
            + " occurred_at, created_at, decided_by, decided_at, decision_reason, visibility)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.OTHER, Types.VARCHAR,
            Types.VARCHAR, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR);
    private static final Table SIGHTINGS = new Table("INSERT INTO sightings (mailbox, gmail_id, thread_id,"
            + " message_key, disposition) VALUES (?, ?, ?, ?, ?)", Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR);

    private BareInsert() {
    }

    /** Writes the pages in one transaction on the connection, which is left in auto-commit mode. */
    static void write(Connection connection, List<BareRows.Page> pages) throws SQLException {
        connection.setAutoCommit(false);
        try {
            MESSAGES.insert(connection, pages.stream().flatMap(page -> page.messages().stream()).toList());
            PARTICIPANTS.insert(connection, pages.stream().flatMap(page -> page.participants().stream()).toList());
            ATTACHMENTS.insert(connection, pages.stream().flatMap(page -> page.attachments().stream()).toList());
            PROPOSALS.insert(connection, pages.stream().flatMap(page -> page.proposals().stream()).toList());
            SIGHTINGS.insert(connection, pages.stream().flatMap(page -> page.sightings().stream()).toList());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private record Table(String sql, int... nullTypes) {

        void insert(Connection connection, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int column = 0; column < row.length; column++) {
                        if (row[column] == null) {
                            statement.setNull(column + 1, nullTypes[column]);
                        } else {
                            statement.setObject(column + 1, row[column]);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }
}
