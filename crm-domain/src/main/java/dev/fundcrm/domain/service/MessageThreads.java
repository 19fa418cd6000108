package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.MessageThread;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.ThreadEntry;
import dev.fundcrm.domain.port.in.ShowThread;
import dev.fundcrm.domain.port.out.Messages;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message's thread as the team's mailboxes saw it. Gmail's thread ids are per mailbox, so the thread is
 * read once per mailbox copy, by that copy's thread id, and merged by message key: the same message in three
 * mailboxes is one message. Thread-safe.
 */
public final class MessageThreads implements ShowThread {

    /** Gmail starts a new conversation after 100 messages, so one mailbox's thread holds no more. */
    static final int PER_MAILBOX = 100;

    private static final Comparator<StoredMessage> OLDEST_FIRST = Comparator
            .comparing((StoredMessage stored) -> stored.content().sentAt().orElse(Instant.EPOCH))
            .thenComparing(stored -> stored.key().value());

    private final Messages messages;

    public MessageThreads(Messages messages) {
        this.messages = messages;
    }

    @Override
    public MessageThread thread(StoredMessage message) {
        Map<MessageKey, StoredMessage> captured = new LinkedHashMap<>();
        Map<MessageKey, ThreadEntry> identifiersOnly = new LinkedHashMap<>();
        captured.put(message.key(), message);
        message.sightings().stream().map(MailboxThread::of).distinct().forEach(copy -> {
            for (ThreadEntry entry : messages.inThread(copy.mailbox(), copy.threadId(), PER_MAILBOX)) {
                if (entry.captured().isPresent()) {
                    captured.putIfAbsent(entry.key(), entry.captured().get());
                } else {
                    identifiersOnly.putIfAbsent(entry.key(), entry);
                }
            }
        });
        identifiersOnly.keySet().removeAll(captured.keySet());
        return new MessageThread(captured.values().stream().sorted(OLDEST_FIRST).toList(),
                identifiersOnly.values().stream().toList());
    }

    /** A copy reduced to where it sits, so two copies in one mailbox's thread read it once. */
    private record MailboxThread(Mailbox mailbox, GmailThreadId threadId) {
        static MailboxThread of(MessageRef copy) {
            return new MailboxThread(copy.mailbox(), copy.threadId());
        }
    }
}
