package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.text;
import static dev.fundcrm.persistence.Columns.time;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ActivityId;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Direction;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.out.Activities;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Contacts' timelines in SQL; the unique proposal id keeps one activity per proposal. Thread-safe. */
final class JdbiActivities implements Activities {

    private final Jdbi jdbi;

    JdbiActivities(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(Activity activity) {
        return Failures.translate("add an activity", () -> jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO activities (id, proposal_id, contact_id, message_key, occurred_at,"
                        + " direction, visibility, subject, excerpt, approved_by, approved_at) VALUES (:id, :proposal,"
                        + " :contact, :key, :occurredAt, :direction, :visibility, :subject, :excerpt, :approvedBy,"
                        + " :approvedAt) ON CONFLICT DO NOTHING")
                .bind("id", activity.id().value())
                .bind("proposal", activity.proposalId().value())
                .bind("contact", activity.contactId().value())
                .bind("key", activity.messageKey().value())
                .bind("occurredAt", time(activity.occurredAt()))
                .bind("direction", activity.direction().name())
                .bind("visibility", activity.visibility().name())
                .bind("subject", text(activity.subject()))
                .bind("excerpt", text(activity.excerpt()))
                .bind("approvedBy", activity.approvedBy().value())
                .bind("approvedAt", time(activity.approvedAt()))
                .execute() == 1));
    }

    @Override
    public boolean removeForProposal(ProposalId proposal) {
        return Failures.translate("remove an activity", () -> jdbi.withHandle(handle -> handle
                .createUpdate("DELETE FROM activities WHERE proposal_id = :proposal")
                .bind("proposal", proposal.value())
                .execute() > 0));
    }

    @Override
    public Optional<Activity> forProposal(ProposalId proposal) {
        return Failures.translate("find an activity", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM activities WHERE proposal_id = :proposal")
                .bind("proposal", proposal.value())
                .map(JdbiActivities::activity)
                .findOne()));
    }

    @Override
    public List<Activity> forContact(ContactId contact, int limit) {
        return Failures.translate("list a contact's timeline", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM activities WHERE contact_id = :contact"
                        + " ORDER BY occurred_at DESC, id DESC LIMIT " + limit)
                .bind("contact", contact.value())
                .map(JdbiActivities::activity)
                .list()));
    }

    @Override
    public List<Activity> approvedBetween(Instant from, Instant to) {
        return Failures.translate("list approvals", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM activities WHERE approved_at >= :from AND approved_at < :to"
                        + " ORDER BY approved_at, id")
                .bind("from", time(from))
                .bind("to", time(to))
                .map(JdbiActivities::activity)
                .list()));
    }

    private static Activity activity(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Activity(new ActivityId(Columns.uuid(rs, "id")), new ProposalId(Columns.uuid(rs, "proposal_id")),
                new ContactId(Columns.uuid(rs, "contact_id")), new MessageKey(rs.getString("message_key")),
                Columns.instant(rs, "occurred_at"), Direction.valueOf(rs.getString("direction")),
                Visibility.valueOf(rs.getString("visibility")), rs.getString("subject"), rs.getString("excerpt"),
                EmailAddress.of(rs.getString("approved_by")), Columns.instant(rs, "approved_at"));
    }
}
