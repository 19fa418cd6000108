package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.text;
import static dev.fundcrm.persistence.Columns.time;

import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Decision;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Proposals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Proposals in SQL. {@code addIfAbsent} is an insert that ignores the conflict on the derived id; an update is
 * compare-and-set on the version, so of two racing reviewers the database lets exactly one through.
 * Thread-safe.
 */
final class JdbiProposals implements Proposals {

    private static final String COLUMNS = "p.id, p.message_key, p.contact_id, p.organization_id, p.person_address,"
            + " p.participant, p.participant_name, p.role, p.rule, p.state, p.version, p.occurred_at, p.created_at,"
            + " p.decided_by, p.decided_at, p.decision_reason, p.visibility";

    private final Jdbi jdbi;

    JdbiProposals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean addIfAbsent(Proposal proposal) {
        return Failures.translate("add a proposal", () -> jdbi.withHandle(handle ->
                Rows.PROPOSALS.execute(handle, proposal) == 1));
    }

    @Override
    public boolean update(Proposal updated) {
        return Failures.translate("update a proposal", () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE proposals SET state = :state, version = :version, decided_by = :decidedBy,"
                        + " decided_at = :decidedAt, decision_reason = :reason, visibility = :visibility"
                        + " WHERE id = :id AND version = :expected")
                .bind("id", updated.id().value())
                .bind("expected", updated.version() - 1)
                .bind("state", updated.state().name())
                .bind("version", updated.version())
                .bind("decidedBy", updated.decision().map(d -> d.reviewer().value()).orElse(null))
                .bindByType("decidedAt", time(updated.decision().map(Decision::at).orElse(null)), OffsetDateTime.class)
                .bind("reason", updated.decision().map(d -> text(Rows.cap(d.reason(), 2000))).orElse(null))
                .bind("visibility", updated.decision().map(Decision::visibilityOrNull).map(Enum::name).orElse(null))
                .execute() == 1));
    }

    @Override
    public Optional<Proposal> find(ProposalId id) {
        return Failures.translate("find a proposal", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM proposals p WHERE p.id = :id")
                .bind("id", id.value())
                .map(JdbiProposals::proposal)
                .findOne()));
    }

    @Override
    public List<Proposal> forMessage(MessageKey key) {
        return Failures.translate("list a message's proposals", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM proposals p WHERE p.message_key = :key"
                        + " ORDER BY p.created_at, p.id")
                .bind("key", key.value())
                .map(JdbiProposals::proposal)
                .list()));
    }

    @Override
    public Page<Proposal> pending(PendingQuery query) {
        QueueCursor after = QueueCursor.parse(query.cursor());
        List<Proposal> rows = Failures.translate("list pending proposals", () -> jdbi.withHandle(handle -> {
            QueueMailboxFilter mailbox = query.mailbox() == null ? null : QueueMailboxFilter.of(handle, query.mailbox());
            if (mailbox != null && mailbox.matchesNothing()) {
                return List.<Proposal>of();
            }
            Query statement = handle.createQuery(pendingSql(query, after, mailbox));
            if (query.contact() != null) {
                statement.bind("contact", query.contact().value());
            }
            if (query.organization() != null) {
                statement.bind("org", query.organization().value());
            }
            if (mailbox != null) {
                mailbox.bind(statement);
            }
            if (query.occurredBefore() != null) {
                statement.bind("before", time(query.occurredBefore()));
            }
            if (after != null) {
                statement.bind("afterTime", time(after.occurredAt())).bind("afterId", after.id());
            }
            return statement.map(JdbiProposals::proposal).list();
        }));
        if (rows.size() <= query.limit()) {
            return new Page<>(rows, "");
        }
        List<Proposal> page = rows.subList(0, query.limit());
        Proposal last = page.get(page.size() - 1);
        return new Page<>(page, new QueueCursor(last.occurredAt(), last.id().value()).toString());
    }

    @Override
    public long countPending() {
        return Failures.translate("count pending proposals", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM proposals WHERE state = 'PENDING'")
                .mapTo(Long.class)
                .one()));
    }

    @Override
    public Map<ProposalState, Long> countByState() {
        Map<ProposalState, Long> counts = new EnumMap<>(ProposalState.class);
        for (ProposalState state : ProposalState.values()) {
            counts.put(state, 0L);
        }
        Failures.translate("count proposals by state", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT state, COUNT(*) FROM proposals GROUP BY state")
                .map((rs, ctx) -> Map.entry(ProposalState.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    @Override
    public Optional<Instant> oldestPendingCreatedAt() {
        return Failures.translate("find the oldest pending proposal", () -> jdbi.withHandle(handle -> handle
                // "state" in ORDER BY lets H2 read proposals_pending_age in order (see pendingSql).
                .createQuery("SELECT created_at FROM proposals WHERE state = 'PENDING' ORDER BY state, created_at"
                        + " LIMIT 1")
                .map((rs, ctx) -> Columns.instant(rs, "created_at"))
                .findOne()));
    }

    /** The SELECT of a queue page, named parameters as {@link #pending} binds them. */
    private static String pendingSql(PendingQuery query, QueueCursor after, QueueMailboxFilter mailboxOrNull) {
        StringBuilder where = new StringBuilder("p.state = 'PENDING'");
        if (query.contact() != null) {
            where.append(" AND p.contact_id = :contact");
        }
        if (mailboxOrNull != null) {
            where.append(" AND ").append(mailboxOrNull.condition());
        }
        if (query.occurredBefore() != null) {
            where.append(" AND p.occurred_at < :before");
        }
        if (after != null) {
            // The first condition lets the index scan start at the cursor instead of filtering up to it.
            where.append(" AND p.occurred_at >= :afterTime AND (p.occurred_at > :afterTime OR p.id > :afterId)");
        }
        String limit = " LIMIT " + (query.limit() + 1);
        if (query.organization() != null) {
            // No index serves "new person at the organization OR one of its contacts", so each half gets its own
            // scan (proposals_by_organization, proposals_by_contact). The second leaves out what the first finds:
            // every proposal comes once.
            return "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + " FROM proposals p WHERE " + where
                    + " AND p.organization_id = :org UNION ALL SELECT " + COLUMNS + " FROM proposals p WHERE " + where
                    + " AND p.contact_id IN (SELECT c.id FROM contacts c WHERE c.organization_id = :org)"
                    + " AND p.organization_id IS DISTINCT FROM :org) p ORDER BY p.occurred_at, p.id" + limit;
        }
        // H2 reads an index in order only if ORDER BY names the index's columns from its first one on, those
        // fixed by the WHERE clause included; PostgreSQL ignores those when sorting.
        return "SELECT " + COLUMNS + " FROM proposals p WHERE " + where
                + (query.contact() != null ? " ORDER BY p.contact_id, p.state" : " ORDER BY p.state")
                + ", p.occurred_at, p.id" + limit;
    }

    private static Proposal proposal(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID contact = Columns.uuid(rs, "contact_id");
        ProposalTarget target = contact != null
                ? new ProposalTarget.KnownContact(new ContactId(contact))
                : new ProposalTarget.NewPerson(new OrganizationId(Columns.uuid(rs, "organization_id")),
                        EmailAddress.of(rs.getString("person_address")));
        Match match = new Match(target, Participant.of(rs.getString("participant_name"), rs.getString("participant")),
                ParticipantRole.valueOf(rs.getString("role")), MatchRule.valueOf(rs.getString("rule")));
        String decidedBy = rs.getString("decided_by");
        String visibility = rs.getString("visibility");
        Decision decision = decidedBy == null ? null : new Decision(EmailAddress.of(decidedBy),
                Columns.instant(rs, "decided_at"), rs.getString("decision_reason"),
                visibility == null ? null : Visibility.valueOf(visibility));
        return new Proposal(new ProposalId(Columns.uuid(rs, "id")), new MessageKey(rs.getString("message_key")), match,
                ProposalState.valueOf(rs.getString("state")), rs.getLong("version"), Columns.instant(rs, "occurred_at"),
                Columns.instant(rs, "created_at"), decision);
    }
}
