package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.text;
import static dev.fundcrm.persistence.Columns.time;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.Decision;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Quarantined;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The insert statements of captured data and how a domain value binds to each, shared by the stores that
 * write one row and by {@link JdbiCaptures}, which writes a page of them in batches. Every insert ignores
 * a row that is already there, so every write is idempotent.
 */
final class Rows {

    static final String INSERT_SIGHTING = "INSERT INTO sightings (mailbox, gmail_id, thread_id, message_key,"
            + " disposition) VALUES (:mailbox, :gmailId, :threadId, :key, :disposition) ON CONFLICT DO NOTHING";

    static final String INSERT_QUARANTINED = "INSERT INTO quarantine (mailbox, gmail_id, thread_id, reason, partial,"
            + " at) VALUES (:mailbox, :gmailId, :threadId, :reason, :partial, :at) ON CONFLICT DO NOTHING";

    static final String INSERT_MESSAGE = "INSERT INTO messages (message_key, mailbox, gmail_id, thread_id,"
            + " message_id, subject, sent_at, text_excerpt, labels, in_reply_to, refs, headers) VALUES (:key,"
            + " :mailbox, :gmailId, :threadId, :messageId, :subject, :sentAt, :excerpt, :labels, :inReplyTo, :refs,"
            + " :headers) ON CONFLICT DO NOTHING";

    static final String INSERT_PARTICIPANT = "INSERT INTO message_participants (message_key, role, position, address,"
            + " display_name) VALUES (:key, :role, :position, :address, :name)";

    static final String INSERT_ATTACHMENT = "INSERT INTO message_attachments (message_key, position, filename,"
            + " mime_type, size_bytes) VALUES (:key, :position, :name, :type, :size)";

    static final String INSERT_PROPOSAL = "INSERT INTO proposals (id, message_key, target_key, contact_id,"
            + " organization_id, person_address, participant, participant_name, role, rule, state, version,"
            + " occurred_at, created_at, decided_by, decided_at, decision_reason, visibility) VALUES (:id, :key,"
            + " :target, CAST(:contact AS UUID), CAST(:org AS UUID), :person, :participant, :participantName, :role,"
            + " :rule, :state, :version, :occurredAt, :createdAt, :decidedBy, :decidedAt, :reason, :visibility)"
            + " ON CONFLICT DO NOTHING";

    private Rows() {
    }

    static <T extends SqlStatement<T>> T sighting(T statement, MessageKey key, MessageRef ref, Disposition disposition) {
        return ref(statement, ref).bind("key", key.value()).bind("disposition", disposition.name());
    }

    static <T extends SqlStatement<T>> T quarantined(T statement, Quarantined message) {
        return ref(statement, message.ref())
                .bind("reason", text(cap(message.reason(), 2000)))
                .bind("partial", text(message.partial()))
                .bind("at", time(message.at()));
    }

    static <T extends SqlStatement<T>> T message(T statement, MessageKey key, ParsedMessage content) {
        return ref(statement, content.ref())
                .bind("key", key.value())
                .bind("messageId", text(content.messageIdHeader()))
                .bind("subject", text(content.subject()))
                .bindByType("sentAt", time(content.sentAtOrNull()), OffsetDateTime.class)
                .bind("excerpt", text(content.textExcerpt()))
                .bind("labels", String.join("\n", content.labels().stream().sorted().toList()))
                .bind("inReplyTo", text(content.inReplyTo()))
                .bind("refs", text(content.references()))
                .bind("headers", HeaderLines.write(content.headers()));
    }

    /** Adds the message's participants and attachments to the two batches. */
    static void parts(PreparedBatch participants, PreparedBatch attachments, MessageKey key, ParsedMessage content) {
        addParticipants(participants, key, ParticipantRole.FROM, content.from());
        addParticipants(participants, key, ParticipantRole.TO, content.to());
        addParticipants(participants, key, ParticipantRole.CC, content.cc());
        addParticipants(participants, key, ParticipantRole.BCC, content.bcc());
        addParticipants(participants, key, ParticipantRole.REPLY_TO, content.replyTo());
        List<AttachmentMeta> files = content.attachments();
        for (int i = 0; i < files.size(); i++) {
            attachments.bind("key", key.value()).bind("position", i)
                    .bind("name", text(cap(files.get(i).filename(), 1000)))
                    .bind("type", text(cap(files.get(i).mimeType(), 255)))
                    .bind("size", files.get(i).sizeBytes())
                    .add();
        }
    }

    static <T extends SqlStatement<T>> T proposal(T statement, Proposal proposal) {
        ProposalTarget target = proposal.target();
        UUID contact = target instanceof ProposalTarget.KnownContact known ? known.contactId().value() : null;
        ProposalTarget.NewPerson person = target instanceof ProposalTarget.NewPerson newPerson ? newPerson : null;
        return statement
                .bind("id", proposal.id().value())
                .bind("key", proposal.messageKey().value())
                .bind("target", target.key())
                .bindByType("contact", contact, UUID.class)
                .bindByType("org", person == null ? null : person.organizationId().value(), UUID.class)
                .bind("person", person == null ? null : person.address().value())
                .bind("participant", proposal.match().participant().address().value())
                .bind("participantName", text(cap(proposal.match().participant().displayName(), 500)))
                .bind("role", proposal.match().role().name())
                .bind("rule", proposal.match().rule().name())
                .bind("state", proposal.state().name())
                .bind("version", proposal.version())
                .bind("occurredAt", time(proposal.occurredAt()))
                .bind("createdAt", time(proposal.createdAt()))
                .bind("decidedBy", proposal.decision().map(d -> d.reviewer().value()).orElse(null))
                .bindByType("decidedAt", time(proposal.decision().map(Decision::at).orElse(null)), OffsetDateTime.class)
                .bind("reason", proposal.decision().map(d -> text(cap(d.reason(), 2000))).orElse(null))
                .bind("visibility", proposal.decision().map(Decision::visibilityOrNull).map(Enum::name).orElse(null));
    }

    static String cap(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static void addParticipants(PreparedBatch batch, MessageKey key, ParticipantRole role,
                                        List<Participant> participants) {
        for (int i = 0; i < participants.size(); i++) {
            batch.bind("key", key.value()).bind("role", role.name()).bind("position", i)
                    .bind("address", participants.get(i).address().value())
                    .bind("name", text(cap(participants.get(i).displayName(), 500)))
                    .add();
        }
    }

    private static <T extends SqlStatement<T>> T ref(T statement, MessageRef ref) {
        return statement
                .bind("mailbox", ref.mailbox().toString())
                .bind("gmailId", ref.messageId().value())
                .bind("threadId", ref.threadId().value());
    }
}
