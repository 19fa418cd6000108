package dev.fundcrm.persistence;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Decision;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Quarantined;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The inserts of captured data, one per table, shared by the stores that write one row and by {@link JdbiCaptures},
 * which writes a page's rows of a table in one batch. An insert of a row that may be there already ignores it
 * ({@code ON CONFLICT DO NOTHING}), so every write is idempotent; a message's participants and attachments are
 * written with its content's first insert only.
 */
final class Rows {

    /** A message's content under its key. */
    record Content(MessageKey key, ParsedMessage content) {
    }

    /** A participant of a message: the header it stood in and its place there. */
    record Part(MessageKey key, ParticipantRole role, int position, Participant participant) {
    }

    /** An attachment of a message and its place among them. */
    record File(MessageKey key, int position, AttachmentMeta attachment) {
    }

    static final RowInsert<CaptureBatch.Sighting> SIGHTINGS = new RowInsert<>("INSERT INTO sightings (mailbox,"
            + " gmail_id, thread_id, message_key, disposition) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (sighting, row) -> ref(row, sighting.ref()).text(sighting.key().value())
                    .text(sighting.disposition().name()));

    static final RowInsert<Quarantined> QUARANTINED = new RowInsert<>("INSERT INTO quarantine (mailbox, gmail_id,"
            + " thread_id, reason, partial, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (message, row) -> ref(row, message.ref()).text(cap(message.reason(), 2000)).text(message.partial())
                    .time(message.at()));

    static final RowInsert<Content> MESSAGES = new RowInsert<>("INSERT INTO messages (message_key, mailbox, gmail_id,"
            + " thread_id, message_id, subject, sent_at, text_excerpt, labels, in_reply_to, refs, headers)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", (stored, row) -> {
                ParsedMessage content = stored.content();
                ref(row.text(stored.key().value()), content.ref())
                        .text(content.messageIdHeader())
                        .text(content.subject())
                        .time(content.sentAtOrNull())
                        .text(content.textExcerpt())
                        .text(String.join("\n", content.labels().stream().sorted().toList()))
                        .text(content.inReplyTo())
                        .text(content.references())
                        .text(HeaderLines.write(content.headers()));
            });

    static final RowInsert<Part> PARTICIPANTS = new RowInsert<>("INSERT INTO message_participants (message_key, role,"
            + " position, address, display_name) VALUES (?, ?, ?, ?, ?)", (part, row) -> row
                    .text(part.key().value()).text(part.role().name()).integer(part.position())
                    .text(part.participant().address().value()).text(cap(part.participant().displayName(), 500)));

    static final RowInsert<File> ATTACHMENTS = new RowInsert<>("INSERT INTO message_attachments (message_key, position,"
            + " filename, mime_type, size_bytes) VALUES (?, ?, ?, ?, ?)", (file, row) -> row
                    .text(file.key().value()).integer(file.position()).text(cap(file.attachment().filename(), 1000))
                    .text(cap(file.attachment().mimeType(), 255)).number(file.attachment().sizeBytes()));

    static final RowInsert<Proposal> PROPOSALS = new RowInsert<>("INSERT INTO proposals (id, message_key, target_key,"
            + " contact_id, organization_id, person_address, participant, participant_name, role, rule, state, version,"
            + " occurred_at, created_at, decided_by, decided_at, decision_reason, visibility)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (proposal, row) -> {
                ProposalTarget target = proposal.target();
                ProposalTarget.KnownContact contact = target instanceof ProposalTarget.KnownContact c ? c : null;
                ProposalTarget.NewPerson person = target instanceof ProposalTarget.NewPerson p ? p : null;
                Decision decision = proposal.decisionOrNull();
                row.uuid(proposal.id().value()).text(proposal.messageKey().value()).text(target.key())
                        .uuid(contact == null ? null : contact.contactId().value())
                        .uuid(person == null ? null : person.organizationId().value())
                        .text(person == null ? null : person.address().value())
                        .text(proposal.match().participant().address().value())
                        .text(cap(proposal.match().participant().displayName(), 500))
                        .text(proposal.match().role().name())
                        .text(proposal.match().rule().name())
                        .text(proposal.state().name())
                        .number(proposal.version())
                        .time(proposal.occurredAt())
                        .time(proposal.createdAt())
                        .text(decision == null ? null : decision.reviewer().value())
                        .time(decision == null ? null : decision.at())
                        .text(decision == null ? null : cap(decision.reason(), 2000))
                        .text(decision == null || decision.visibilityOrNull() == null ? null
                                : decision.visibilityOrNull().name());
            });

    private Rows() {
    }

    /** Inserts the participants and attachments of messages whose content was just inserted, a batch each. */
    static void insertParts(Handle handle, List<Content> inserted) {
        List<Part> participants = new ArrayList<>();
        List<File> attachments = new ArrayList<>();
        for (Content stored : inserted) {
            ParsedMessage content = stored.content();
            addParts(participants, stored.key(), ParticipantRole.FROM, content.from());
            addParts(participants, stored.key(), ParticipantRole.TO, content.to());
            addParts(participants, stored.key(), ParticipantRole.CC, content.cc());
            addParts(participants, stored.key(), ParticipantRole.BCC, content.bcc());
            addParts(participants, stored.key(), ParticipantRole.REPLY_TO, content.replyTo());
            for (int i = 0; i < content.attachments().size(); i++) {
                attachments.add(new File(stored.key(), i, content.attachments().get(i)));
            }
        }
        PARTICIPANTS.execute(handle, participants);
        ATTACHMENTS.execute(handle, attachments);
    }

    static String cap(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static void addParts(List<Part> parts, MessageKey key, ParticipantRole role, List<Participant> people) {
        for (int i = 0; i < people.size(); i++) {
            parts.add(new Part(key, role, i, people.get(i)));
        }
    }

    private static RowValues ref(RowValues row, MessageRef ref) throws SQLException {
        return row.text(ref.mailbox().toString()).text(ref.messageId().value()).text(ref.threadId().value());
    }
}
