package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.ActivityId;
import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.persistence.Database;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Grows a database the store path filled to its full size with the bare path, in transactions of ten pages,
 * then reviews part of the queue as reviewers would have: about 20% of all proposals approved (each with its
 * activity, on proposals for known contacts), about 10% rejected, the rest pending. Last, it refreshes the
 * planner's statistics, as PostgreSQL's autovacuum would. Not thread-safe.
 */
final class Growth {

    private static final int PAGES_PER_TRANSACTION = 10;
    private static final String REVIEWER = "partner01@fund.example";

    private Growth() {
    }

    static void grow(BenchDatabase database, SyntheticMail mail, List<CaptureBatch> storedPages, long toCopies,
                     PrintStream out) throws SQLException {
        BareRows rows = new BareRows();
        storedPages.forEach(rows::of);
        long firstPage = storedPages.size();
        long lastPage = toCopies / mail.pageSize();
        long start = System.nanoTime();
        try (Connection connection = database.bulkConnection()) {
            for (long page = firstPage; page < lastPage; page += PAGES_PER_TRANSACTION) {
                List<BareRows.Page> chunk = new ArrayList<>();
                for (long next = page; next < Math.min(lastPage, page + PAGES_PER_TRANSACTION); next++) {
                    chunk.add(rows.of(mail.page(next)));
                }
                BareInsert.write(connection, chunk, false);
                if ((page * mail.pageSize()) % 100_000 == 0) {
                    out.printf("  grown to %,d copies after %.0f s%n", page * mail.pageSize(), seconds(start));
                }
            }
            review(connection);
            refreshStatistics(connection, database);
        }
        out.printf("  grew to %,d copies and reviewed in %.0f s%n", lastPage * mail.pageSize(), seconds(start));
    }

    private static void review(Connection connection) throws SQLException {
        List<Reviewed> proposals = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT p.id, p.contact_id, p.message_key, p.occurred_at, p.role,"
                        + " m.subject FROM proposals p JOIN messages m ON m.message_key = p.message_key")) {
            while (rows.next()) {
                proposals.add(new Reviewed(rows.getObject("id", UUID.class), rows.getObject("contact_id", UUID.class),
                        rows.getString("message_key"), rows.getObject("occurred_at", OffsetDateTime.class),
                        rows.getString("role"), rows.getString("subject")));
            }
        }
        connection.setAutoCommit(false);
        try (PreparedStatement approve = connection.prepareStatement("UPDATE proposals SET state = 'APPROVED',"
                        + " version = 2, decided_by = ?, decided_at = ?, decision_reason = '', visibility = 'SUBJECT'"
                        + " WHERE id = ?");
                PreparedStatement reject = connection.prepareStatement("UPDATE proposals SET state = 'REJECTED',"
                        + " version = 2, decided_by = ?, decided_at = ?, decision_reason = 'not about the fund'"
                        + " WHERE id = ?");
                PreparedStatement activity = connection.prepareStatement("INSERT INTO activities (id, proposal_id,"
                        + " contact_id, message_key, occurred_at, direction, visibility, subject, excerpt, approved_by,"
                        + " approved_at) VALUES (?, ?, ?, ?, ?, ?, 'SUBJECT', ?, '', ?, ?)")) {
            for (Reviewed proposal : proposals) {
                int bucket = Math.floorMod(proposal.id.hashCode(), 100);
                if (proposal.contact != null && bucket < 25) {
                    decide(approve, proposal);
                    Object[] row = {ActivityId.of(new ProposalId(proposal.id)).value(), proposal.id, proposal.contact,
                        proposal.messageKey, proposal.occurred, proposal.role.equals("FROM") ? "INBOUND" : "OUTBOUND",
                        proposal.subject, REVIEWER, proposal.occurred.plusDays(2)};
                    for (int column = 0; column < row.length; column++) {
                        activity.setObject(column + 1, row[column]);
                    }
                    activity.addBatch();
                } else if (bucket >= 90) {
                    decide(reject, proposal);
                }
            }
            approve.executeBatch();
            reject.executeBatch();
            activity.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void decide(PreparedStatement decision, Reviewed proposal) throws SQLException {
        decision.setString(1, REVIEWER);
        decision.setObject(2, proposal.occurred.plusDays(2));
        decision.setObject(3, proposal.id);
        decision.addBatch();
    }

    private static void refreshStatistics(Connection connection, BenchDatabase database) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(database.engine() == Database.POSTGRESQL
                    ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private record Reviewed(UUID id, UUID contact, String messageKey, OffsetDateTime occurred, String role,
                            String subject) {
    }
}
