package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.time;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.ThreadEntry;
import dev.fundcrm.domain.port.out.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Captured messages in SQL. Content rows exist only for messages that yield a proposal; sightings and
 * quarantine hold identifiers. Every insert is {@code ON CONFLICT DO NOTHING}, so racing or repeated writes
 * land once. Thread-safe.
 */
final class JdbiMessages implements Messages {

    private static final int MAX_IDS_PER_QUERY = 500;

    private final Jdbi jdbi;

    JdbiMessages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void recordSighting(MessageKey key, MessageRef ref, Disposition disposition) {
        Failures.translate("record a sighting", () -> jdbi.withHandle(handle ->
                Rows.SIGHTINGS.execute(handle, new CaptureBatch.Sighting(key, ref, disposition))));
    }

    @Override
    public boolean storeContent(MessageKey key, ParsedMessage content) {
        return Failures.translate("store a message", () -> jdbi.inTransaction(handle -> {
            Rows.Content stored = new Rows.Content(key, content);
            if (Rows.MESSAGES.execute(handle, stored) == 0) {
                return false;
            }
            Rows.insertParts(handle, List.of(stored));
            return true;
        }));
    }

    @Override
    public void quarantine(Quarantined message) {
        Failures.translate("quarantine a message", () -> jdbi.withHandle(handle ->
                Rows.QUARANTINED.execute(handle, message)));
    }

    @Override
    public Set<GmailMessageId> knownIds(Mailbox mailbox, Collection<GmailMessageId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> all = ids.stream().map(GmailMessageId::value).distinct().toList();
        Set<GmailMessageId> known = new HashSet<>();
        for (int from = 0; from < all.size(); from += MAX_IDS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_QUERY));
            known.addAll(Failures.translate("look up known messages", () -> jdbi.withHandle(handle -> handle
                    .createQuery("SELECT gmail_id FROM sightings WHERE mailbox = :mailbox AND gmail_id IN (<ids>)"
                            + " UNION SELECT gmail_id FROM quarantine WHERE mailbox = :mailbox AND gmail_id IN (<ids>)")
                    .bind("mailbox", mailbox.toString())
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> new GmailMessageId(rs.getString(1)))
                    .list())));
        }
        return known;
    }

    @Override
    public boolean hasContent(MessageKey key) {
        return Failures.translate("look up a message", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM messages WHERE message_key = :key")
                .bind("key", key.value())
                .mapTo(Long.class)
                .one() > 0));
    }

    @Override
    public Optional<StoredMessage> find(MessageKey key) {
        return Failures.translate("find a message", () -> jdbi.withHandle(handle ->
                load(handle, "WHERE m.message_key = :key", Map.of("key", key.value())).stream().findFirst()));
    }

    /** One read per table for all the keys (four in all), instead of four per key. */
    @Override
    public List<StoredMessage> findAll(Collection<MessageKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> values = keys.stream().map(MessageKey::value).distinct().toList();
        return Failures.translate("find messages", () -> jdbi.withHandle(handle ->
                load(handle, "WHERE m.message_key IN (<keys>)", Map.of("keys", values))));
    }

    @Override
    public List<MessageRef> sightings(MessageKey key) {
        return Failures.translate("list sightings", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT mailbox, gmail_id, thread_id FROM sightings WHERE message_key = :key ORDER BY seq")
                .bind("key", key.value())
                .map((rs, ctx) -> MessageRef.of(rs.getString("mailbox"), rs.getString("gmail_id"),
                        rs.getString("thread_id")))
                .list()));
    }

    @Override
    public Optional<Disposition> disposition(MessageRef ref) {
        return Failures.translate("look up a sighting", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT disposition FROM sightings WHERE mailbox = :mailbox AND gmail_id = :gmailId"
                        + " UNION ALL SELECT 'QUARANTINED' FROM quarantine WHERE mailbox = :mailbox"
                        + " AND gmail_id = :gmailId")
                .bind("mailbox", ref.mailbox().toString())
                .bind("gmailId", ref.messageId().value())
                .map((rs, ctx) -> Disposition.valueOf(rs.getString(1)))
                .findFirst()));
    }

    /**
     * Two reads on the index {@code sightings_by_thread} (V9): the thread's copies, then the content of those
     * that have it, by the same sub-select, so the limit holds for both.
     */
    @Override
    public List<ThreadEntry> inThread(Mailbox mailbox, GmailThreadId thread, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a thread's limit is at least 1, was " + limit);
        }
        Map<String, Object> params = Map.of("mailbox", mailbox.toString(), "thread", thread.value());
        String copies = "FROM sightings WHERE mailbox = :mailbox AND thread_id = :thread ORDER BY seq LIMIT " + limit;
        return Failures.translate("list a thread", () -> jdbi.withHandle(handle -> {
            List<CaptureBatch.Sighting> sighted = handle.createQuery("SELECT message_key, gmail_id, disposition " + copies)
                    .bindMap(params)
                    .map((rs, ctx) -> new CaptureBatch.Sighting(new MessageKey(rs.getString("message_key")),
                            new MessageRef(mailbox, new GmailMessageId(rs.getString("gmail_id")), thread),
                            Disposition.valueOf(rs.getString("disposition"))))
                    .list();
            if (sighted.isEmpty()) {
                return List.of();
            }
            Map<MessageKey, StoredMessage> captured = load(handle, "WHERE m.message_key IN (SELECT message_key "
                    + copies + ")", params).stream()
                    .collect(Collectors.toMap(StoredMessage::key, stored -> stored));
            Map<MessageKey, ThreadEntry> entries = new LinkedHashMap<>();
            sighted.forEach(copy -> entries.putIfAbsent(copy.key(), new ThreadEntry(copy.key(), copy.ref(),
                    copy.disposition(), captured.get(copy.key()))));
            return List.copyOf(entries.values());
        }));
    }

    @Override
    public List<StoredMessage> capturedSince(Instant since) {
        return Failures.translate("list recent messages", () -> jdbi.withHandle(handle ->
                load(handle, "WHERE m.sent_at >= :since", Map.of("since", time(since)))));
    }

    @Override
    public List<Quarantined> quarantined(int limit) {
        return Failures.translate("list quarantined messages", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM quarantine ORDER BY at DESC, mailbox, gmail_id LIMIT " + limit)
                .map((rs, ctx) -> new Quarantined(MessageRef.of(rs.getString("mailbox"), rs.getString("gmail_id"),
                        rs.getString("thread_id")), rs.getString("reason"), rs.getString("partial"),
                        Columns.instant(rs, "at")))
                .list()));
    }

    private static List<StoredMessage> load(Handle handle, String where, Map<String, ?> params) {
        Map<String, ParsedMessage.Builder> builders = new LinkedHashMap<>();
        QueryBinding.bind(handle.createQuery("SELECT * FROM messages m " + where + " ORDER BY m.sent_at, m.message_key"),
                        params)
                .map((rs, ctx) -> builders.put(rs.getString("message_key"), ParsedMessage.builder(MessageRef.of(
                                rs.getString("mailbox"), rs.getString("gmail_id"), rs.getString("thread_id")))
                        .detail(ParsedMessage.Detail.FULL)
                        .messageId(rs.getString("message_id"))
                        .subject(rs.getString("subject"))
                        .sentAt(Columns.instant(rs, "sent_at"))
                        .textExcerpt(rs.getString("text_excerpt"))
                        .labels(lines(rs.getString("labels")))
                        .inReplyTo(rs.getString("in_reply_to"))
                        .references(rs.getString("refs"))
                        .headers(HeaderLines.read(rs.getString("headers")))))
                .list();
        if (builders.isEmpty()) {
            return List.of();
        }
        List<String> keys = List.copyOf(builders.keySet());
        Map<String, Map<ParticipantRole, List<Participant>>> participants = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM message_participants WHERE message_key IN (<keys>)"
                        + " ORDER BY message_key, role, position")
                .bindList("keys", keys)
                .map((rs, ctx) -> participants.computeIfAbsent(rs.getString("message_key"),
                                k -> new EnumMap<>(ParticipantRole.class))
                        .computeIfAbsent(ParticipantRole.valueOf(rs.getString("role")), r -> new ArrayList<>())
                        .add(Participant.of(rs.getString("display_name"), rs.getString("address"))))
                .list();
        Map<String, List<AttachmentMeta>> attachments = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM message_attachments WHERE message_key IN (<keys>)"
                        + " ORDER BY message_key, position")
                .bindList("keys", keys)
                .map((rs, ctx) -> attachments.computeIfAbsent(rs.getString("message_key"), k -> new ArrayList<>())
                        .add(new AttachmentMeta(rs.getString("filename"), rs.getString("mime_type"),
                                rs.getLong("size_bytes"))))
                .list();
        Map<String, List<MessageRef>> sightings = new LinkedHashMap<>();
        handle.createQuery("SELECT message_key, mailbox, gmail_id, thread_id FROM sightings"
                        + " WHERE message_key IN (<keys>) ORDER BY seq")
                .bindList("keys", keys)
                .map((rs, ctx) -> sightings.computeIfAbsent(rs.getString("message_key"), k -> new ArrayList<>())
                        .add(MessageRef.of(rs.getString("mailbox"), rs.getString("gmail_id"), rs.getString("thread_id"))))
                .list();
        List<StoredMessage> stored = new ArrayList<>(builders.size());
        builders.forEach((key, builder) -> {
            Map<ParticipantRole, List<Participant>> roles = participants.getOrDefault(key, Map.of());
            ParsedMessage content = builder
                    .from(roles.getOrDefault(ParticipantRole.FROM, List.of()))
                    .to(roles.getOrDefault(ParticipantRole.TO, List.of()))
                    .cc(roles.getOrDefault(ParticipantRole.CC, List.of()))
                    .bcc(roles.getOrDefault(ParticipantRole.BCC, List.of()))
                    .replyTo(roles.getOrDefault(ParticipantRole.REPLY_TO, List.of()))
                    .attachments(attachments.getOrDefault(key, List.of()))
                    .build();
            stored.add(new StoredMessage(new MessageKey(key), content, sightings.getOrDefault(key, List.of())));
        });
        return stored;
    }

    private static Set<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? Set.of()
                : Arrays.stream(joined.split("\n")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

}
