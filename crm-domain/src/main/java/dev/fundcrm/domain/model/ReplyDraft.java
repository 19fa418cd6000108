package dev.fundcrm.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * An in-thread reply for a human to review and send from their own Gmail. There is no way to send it from
 * here. Every header value is free of CR, LF and NUL (checked on construction), and {@code to} is not empty.
 *
 * @param inReplyTo the original's Message-ID, "" if it had no well-formed one
 * @param references the ids for the References header, oldest first
 */
public record ReplyDraft(Mailbox mailbox, GmailThreadId threadId, EmailAddress from, List<Participant> to,
                         List<Participant> cc, String subject, String inReplyTo, List<MessageId> references,
                         String body) {

    public ReplyDraft {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        references = List.copyOf(references);
        body = body == null ? "" : body;
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one To recipient");
        }
        HeaderValues.requireSafe("Subject", subject);
        HeaderValues.requireSafe("In-Reply-To", inReplyTo);
        HeaderValues.requireSafe("From", from.value());
        for (Participant participant : to) {
            HeaderValues.requireSafe("To", participant.displayName());
            HeaderValues.requireSafe("To", participant.address().value());
        }
        for (Participant participant : cc) {
            HeaderValues.requireSafe("Cc", participant.displayName());
            HeaderValues.requireSafe("Cc", participant.address().value());
        }
        for (MessageId reference : references) {
            HeaderValues.requireSafe("References", reference.value());
        }
    }
}
