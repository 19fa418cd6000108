package dev.fundcrm.persistence.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;

/**
 * The baseline: plain JDBC {@code addBatch}/{@code executeBatch} of the rows {@link BareRows} produced, one
 * transaction and one batch per table, in the order the store path writes them, with plain {@code INSERT}s (no
 * conflict handling, as the rows are known to be new) unless asked to add the store's {@code ON CONFLICT DO NOTHING},
 * to price that alone. Stateless.
 */
final class BareInsert {

    private static final Table MESSAGES = new Table(true, "INSERT INTO messages (message_key, mailbox, gmail_id,"
            + " thread_id, message_id, subject, sent_at, text_excerpt, labels, in_reply_to, refs, headers)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
    private static final Table PARTICIPANTS = new Table(false, "INSERT INTO message_participants (message_key, role,"
            + " position, address, display_name) VALUES (?, ?, ?, ?, ?)", Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
            Types.VARCHAR, Types.VARCHAR);
    private static final Table ATTACHMENTS = new Table(false, "INSERT INTO message_attachments (message_key, position,"
            + " filename, mime_type, size_bytes) VALUES (?, ?, ?, ?, ?)", Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT);
    private static final Table PROPOSALS = new Table(true, "INSERT INTO proposals (id, message_key, target_key,"
            + " contact_id, organization_id, person_address, participant, participant_name, role, rule, state, version,"
            + " occurred_at, created_at, decided_by, decided_at, decision_reason, visibility)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.OTHER, Types.VARCHAR,
            Types.VARCHAR, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR);
    private static final Table SIGHTINGS = new Table(true, "INSERT INTO sightings (mailbox, gmail_id, thread_id,"
            + " message_key, disposition) VALUES (?, ?, ?, ?, ?)", Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR);

    private BareInsert() {
    }

    /**
     * Writes the pages in one transaction on the connection, which is left in auto-commit mode.
     *
     * @param ignoreConflicts whether the tables the store path writes with {@code ON CONFLICT DO NOTHING} get it too
     */
    static void write(Connection connection, List<BareRows.Page> pages, boolean ignoreConflicts) throws SQLException {
        connection.setAutoCommit(false);
        try {
            MESSAGES.insert(connection, rows(pages, BareRows.Page::messages), ignoreConflicts);
            PARTICIPANTS.insert(connection, rows(pages, BareRows.Page::participants), ignoreConflicts);
            ATTACHMENTS.insert(connection, rows(pages, BareRows.Page::attachments), ignoreConflicts);
            PROPOSALS.insert(connection, rows(pages, BareRows.Page::proposals), ignoreConflicts);
            SIGHTINGS.insert(connection, rows(pages, BareRows.Page::sightings), ignoreConflicts);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static List<Object[]> rows(List<BareRows.Page> pages, Function<BareRows.Page, List<Object[]>> table) {
        return pages.stream().flatMap(page -> table.apply(page).stream()).toList();
    }

    /** A table's INSERT; {@code storeIgnoresConflicts} if the store path's INSERT has ON CONFLICT DO NOTHING. */
    private record Table(boolean storeIgnoresConflicts, String sql, int... nullTypes) {

        void insert(Connection connection, List<Object[]> rows, boolean ignoreConflicts) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            String insert = ignoreConflicts && storeIgnoresConflicts ? sql + " ON CONFLICT DO NOTHING" : sql;
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
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
