package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.text;
import static dev.fundcrm.persistence.Columns.time;

import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.DigestRuns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Digest runs in SQL. Claiming is an insert that ignores the conflict on the day, or a conditional update
 * of a FAILED run; taking over is a conditional update on status and age: either way the database lets one
 * instance through. Thread-safe across instances.
 */
final class JdbiDigestRuns implements DigestRuns {

    private final Jdbi jdbi;

    JdbiDigestRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(LocalDate day, MessageId messageId, Instant at) {
        return Failures.translate("claim a digest run", () -> jdbi.inTransaction(handle -> {
            int inserted = handle.createUpdate("INSERT INTO digest_runs (run_day, status, message_id, transport, failure,"
                            + " attempts, updated_at) VALUES (:day, 'SENDING', :messageId, '', '', 1, :at)"
                            + " ON CONFLICT DO NOTHING")
                    .bind("day", day)
                    .bind("messageId", messageId.value())
                    .bind("at", time(at))
                    .execute();
            if (inserted == 1) {
                return true;
            }
            return handle.createUpdate("UPDATE digest_runs SET status = 'SENDING', failure = '', attempts = attempts + 1,"
                            + " updated_at = :at WHERE run_day = :day AND status = 'FAILED'")
                    .bind("day", day)
                    .bind("at", time(at))
                    .execute() == 1;
        }));
    }

    @Override
    public boolean takeOver(LocalDate day, DigestRun.Status status, Instant updatedBefore, Instant at) {
        return Failures.translate("take a digest run over", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE digest_runs SET status = 'SENDING', transport = '', failure = '',"
                        + " attempts = attempts + 1, updated_at = :at"
                        + " WHERE run_day = :day AND status = :status AND updated_at < :before")
                .bind("day", day)
                .bind("status", status.name())
                .bind("before", time(updatedBefore))
                .bind("at", time(at))
                .execute() == 1));
    }

    @Override
    public void markDelivered(LocalDate day, String transport, Instant at) {
        requireClaimed(day, Failures.translate("mark a digest delivered", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE digest_runs SET status = 'DELIVERED', transport = :transport, failure = '',"
                        + " updated_at = :at WHERE run_day = :day")
                .bind("day", day)
                .bind("transport", transport)
                .bind("at", time(at))
                .execute())));
    }

    @Override
    public void markFailed(LocalDate day, String reason, Instant at) {
        requireClaimed(day, Failures.translate("mark a digest failed", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE digest_runs SET status = 'FAILED', failure = :reason, updated_at = :at"
                        + " WHERE run_day = :day")
                .bind("day", day)
                .bind("reason", text(Rows.cap(reason, 4000)))
                .bind("at", time(at))
                .execute())));
    }

    @Override
    public void markAuthenticationFailed(LocalDate day, String transports, String reason, Instant at) {
        requireClaimed(day, Failures.translate("mark a digest failed", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE digest_runs SET status = 'FAILED_AUTH', transport = :transports,"
                        + " failure = :reason, updated_at = :at WHERE run_day = :day")
                .bind("day", day)
                .bind("transports", Rows.cap(transports, 50))
                .bind("reason", text(Rows.cap(reason, 4000)))
                .bind("at", time(at))
                .execute())));
    }

    private static void requireClaimed(LocalDate day, int rows) {
        if (rows == 0) {
            throw new IllegalArgumentException("the digest run of " + day + " was never claimed");
        }
    }

    @Override
    public Optional<DigestRun> find(LocalDate day) {
        return Failures.translate("find a digest run", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM digest_runs WHERE run_day = :day")
                .bind("day", day)
                .map(JdbiDigestRuns::run)
                .findOne()));
    }

    @Override
    public Optional<DigestRun> latest() {
        return Failures.translate("find the latest digest run", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM digest_runs ORDER BY run_day DESC LIMIT 1")
                .map(JdbiDigestRuns::run)
                .findOne()));
    }

    private static DigestRun run(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DigestRun(rs.getObject("run_day", LocalDate.class), DigestRun.Status.valueOf(rs.getString("status")),
                new MessageId(rs.getString("message_id")), rs.getString("transport"), rs.getString("failure"),
                rs.getInt("attempts"), Columns.instant(rs, "updated_at"));
    }
}
