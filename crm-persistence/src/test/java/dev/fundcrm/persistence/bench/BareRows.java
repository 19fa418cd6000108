package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows the store path ends up adding for each page, as plain column values, for the bare JDBC baseline: the
 * same values {@code Rows} binds. A second copy of a message adds its sighting only, as the store path's
 * {@code ON CONFLICT DO NOTHING} leaves it; so this remembers the proposals it has produced. Not thread-safe.
 */
final class BareRows {

    /** One page's rows per table, each row its columns in {@link BareInsert}'s order. */
    record Page(List<Object[]> messages, List<Object[]> participants, List<Object[]> attachments,
                List<Object[]> proposals, List<Object[]> sightings) {

        int rowCount() {
            return messages.size() + participants.size() + attachments.size() + proposals.size() + sightings.size();
        }
    }

    private final Set<UUID> proposalIds = new HashSet<>();

    Page of(CaptureBatch batch) {
        Page page = new Page(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (CaptureBatch.Captured captured : batch.captured()) {
            if (captured.contentOrNull() != null) {
                addContent(page, captured.key(), captured.contentOrNull());
            }
        }
        for (CaptureBatch.Captured captured : batch.captured()) {
            for (Proposal proposal : captured.proposals()) {
                if (proposalIds.add(proposal.id().value())) {
                    page.proposals().add(proposal(proposal));
                }
            }
        }
        batch.skipped().forEach(seen -> page.sightings()
                .add(sighting(seen.key(), seen.ref(), seen.disposition().name())));
        batch.captured().forEach(c -> page.sightings().add(sighting(c.key(), c.ref(), "CAPTURED")));
        return page;
    }

    private static void addContent(Page page, MessageKey key, ParsedMessage content) {
        MessageRef ref = content.ref();
        page.messages().add(new Object[] {key.value(), ref.mailbox().toString(), ref.messageId().value(),
                ref.threadId().value(), content.messageIdHeader(), content.subject(), time(content.sentAtOrNull()),
                content.textExcerpt(), String.join("\n", content.labels().stream().sorted().toList()),
                content.inReplyTo(), content.references(), headerLines(content.headers())});
        addParticipants(page, key, ParticipantRole.FROM, content.from());
        addParticipants(page, key, ParticipantRole.TO, content.to());
        addParticipants(page, key, ParticipantRole.CC, content.cc());
        addParticipants(page, key, ParticipantRole.BCC, content.bcc());
        addParticipants(page, key, ParticipantRole.REPLY_TO, content.replyTo());
        List<AttachmentMeta> files = content.attachments();
        for (int i = 0; i < files.size(); i++) {
            page.attachments().add(new Object[] {key.value(), i, files.get(i).filename(), files.get(i).mimeType(),
                    files.get(i).sizeBytes()});
        }
    }

    private static void addParticipants(Page page, MessageKey key, ParticipantRole role, List<Participant> people) {
        for (int i = 0; i < people.size(); i++) {
            page.participants().add(new Object[] {key.value(), role.name(), i, people.get(i).address().value(),
                    people.get(i).displayName()});
        }
    }

    private static Object[] proposal(Proposal proposal) {
        UUID contact = proposal.target() instanceof ProposalTarget.KnownContact known
                ? known.contactId().value() : null;
        ProposalTarget.NewPerson person = proposal.target() instanceof ProposalTarget.NewPerson p ? p : null;
        return new Object[] {proposal.id().value(), proposal.messageKey().value(), proposal.target().key(), contact,
                person == null ? null : person.organizationId().value(),
                person == null ? null : person.address().value(), proposal.match().participant().address().value(),
                proposal.match().participant().displayName(), proposal.match().role().name(),
                proposal.match().rule().name(), proposal.state().name(), proposal.version(),
                time(proposal.occurredAt()), time(proposal.createdAt()), null, null, null, null};
    }

    private static Object[] sighting(MessageKey key, MessageRef ref, String disposition) {
        return new Object[] {ref.mailbox().toString(), ref.messageId().value(), ref.threadId().value(), key.value(),
                disposition};
    }

    /** As {@code HeaderLines.write}: "name: value" lines sorted by name (the synthetic values need no cleaning). */
    private static String headerLines(Map<String, String> headers) {
        StringBuilder lines = new StringBuilder();
        headers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(header -> lines.append(header.getKey()).append(": ").append(header.getValue()).append('\n'));
        return lines.toString();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
