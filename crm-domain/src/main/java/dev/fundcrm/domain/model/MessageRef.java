package dev.fundcrm.domain.model;

import java.util.Objects;

/** Where a message was seen: a mailbox, Gmail's id of the message there, and its thread there. */
public record MessageRef(Mailbox mailbox, GmailMessageId messageId, GmailThreadId threadId) {

    public MessageRef {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(threadId, "threadId");
    }

    public static MessageRef of(String mailbox, String messageId, String threadId) {
        return new MessageRef(Mailbox.of(mailbox), new GmailMessageId(messageId), new GmailThreadId(threadId));
    }
}
