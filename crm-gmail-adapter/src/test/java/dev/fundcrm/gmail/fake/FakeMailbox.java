package dev.fundcrm.gmail.fake;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One user's mailbox in the fake: messages added as raw RFC 822, the history of every addition and
 * deletion, and whether the user is active. History ids grow by uneven steps, as Gmail's do. A message joins
 * the thread of a message it names in {@code In-Reply-To} or {@code References} when the subjects match
 * (ignoring {@code Re:}/{@code Fwd:}), else starts its own thread. Thread-safe.
 */
public final class FakeMailbox {

    private final String address;
    private final Clock clock;
    private final Supplier<String> messageIds;
    private final Map<String, StoredMessage> messages = new LinkedHashMap<>();
    private final List<HistoryRecord> history = new ArrayList<>();
    private final Map<String, MessageView> views = new ConcurrentHashMap<>();
    private final Random historySteps;
    private long historyId = 10_000;
    private long oldestStartId;
    private boolean active = true;

    FakeMailbox(String address, Clock clock, Supplier<String> messageIds) {
        this.address = address;
        this.clock = clock;
        this.messageIds = messageIds;
        this.historySteps = new Random(address.hashCode());
    }

    public String address() {
        return address;
    }

    /** Adds a received message (labels {@code INBOX} if none given), dated by its Date header; returns its id. */
    public String add(String rawRfc822, String... labelIds) {
        return add(rawRfc822.getBytes(StandardCharsets.UTF_8), labelIds);
    }

    public String add(MimeMessage message, String... labelIds) {
        return add(bytesOf(message), labelIds);
    }

    public String add(byte[] rawRfc822, String... labelIds) {
        return insert(rawRfc822, null, List.of(labelIds.length == 0 ? new String[] {"INBOX"} : labelIds), null)
                .id();
    }

    /** Adds a message with the given internal date (Gmail's receipt time), whatever its Date header says. */
    public String addAt(Instant internalDate, byte[] rawRfc822, String... labelIds) {
        return insert(rawRfc822, internalDate, List.of(labelIds.length == 0 ? new String[] {"INBOX"} : labelIds),
                null).id();
    }

    /**
     * Adds a received message under ids a test chooses, as if Gmail had given them (a contract's fixtures name
     * their own ids); the thread is {@code threadId} whatever the headers say. Returns {@code id}.
     *
     * @throws IllegalArgumentException if the mailbox already holds a message with that id
     */
    public synchronized String addAs(String id, String threadId, Instant internalDate, byte[] rawRfc822,
            String... labelIds) {
        if (messages.containsKey(id)) {
            throw new IllegalArgumentException("the mailbox already holds a message " + id);
        }
        MessageView view = PayloadParser.parse(id, rawRfc822);
        long added = bumpHistoryId();
        StoredMessage message = new StoredMessage(id, threadId,
                List.of(labelIds.length == 0 ? new String[] {"INBOX"} : labelIds), internalDate, rawRfc822, added);
        views.put(id, view);
        messages.put(id, message);
        history.add(new HistoryRecord(added, List.of(message), List.of()));
        return id;
    }

    /** Deletes a message for good, as if between a list and a get; unknown ids are ignored. */
    public synchronized void delete(String messageId) {
        StoredMessage removed = messages.remove(messageId);
        if (removed != null) {
            history.add(new HistoryRecord(bumpHistoryId(), List.of(), List.of(removed)));
        }
    }

    public synchronized long historyId() {
        return historyId;
    }

    /** Forgets the history before {@code historyId}: an older {@code startHistoryId} then gets 404. */
    public synchronized void expireHistoryBefore(long historyId) {
        oldestStartId = historyId;
        history.removeIf(record -> record.id() <= historyId);
    }

    public synchronized void suspend() {
        active = false;
    }

    public synchronized void activate() {
        active = true;
    }

    public synchronized boolean active() {
        return active;
    }

    /** Every message, newest first (Gmail's list order). */
    public synchronized List<StoredMessage> messages() {
        List<StoredMessage> all = new ArrayList<>(messages.values());
        all.sort(Comparator.comparing(StoredMessage::internalDate).thenComparing(StoredMessage::id).reversed());
        return all;
    }

    public synchronized Optional<StoredMessage> message(String messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    synchronized StoredMessage insert(byte[] raw, Instant internalDate, List<String> labelIds,
            String requestedThreadId) {
        String id = messageIds.get();
        MessageView view = PayloadParser.parse(id, raw);
        Instant date = internalDate != null ? internalDate : view.sentDate().orElseGet(clock::instant);
        long added = bumpHistoryId();
        StoredMessage message = new StoredMessage(id, Threading.threadOf(id, view, requestedThreadId, messages.values(),
                this::view), labelIds, date, raw, added);
        views.put(id, view);
        messages.put(id, message);
        history.add(new HistoryRecord(added, List.of(message), List.of()));
        return message;
    }

    MessageView view(StoredMessage message) {
        return views.computeIfAbsent(message.id(), id -> PayloadParser.parse(id, message.raw()));
    }

    /** The records after {@code startHistoryId}, or empty if that start is older than the history kept. */
    synchronized Optional<List<HistoryRecord>> historyAfter(long startHistoryId) {
        if (startHistoryId < oldestStartId) {
            return Optional.empty();
        }
        return Optional.of(history.stream().filter(record -> record.id() > startHistoryId).toList());
    }

    synchronized long threadCount() {
        return messages.values().stream().map(StoredMessage::threadId).distinct().count();
    }

    private long bumpHistoryId() {
        historyId += 1 + historySteps.nextInt(4);
        return historyId;
    }

    static byte[] bytesOf(MimeMessage message) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("can't write the test's message: " + e.getMessage(), e);
        }
    }
}
