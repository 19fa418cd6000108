package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Messages for tests, at FULL detail, with everything a test does not care about filled in plausibly: a
 * Message-ID and thread derived from the Gmail id, a sender at an LP, the mailbox as recipient, a subject, a
 * date, a text excerpt and one attachment. Stateless.
 */
public final class MessageFixtures {

    /** The date every fixture message is sent at unless a test says otherwise. */
    public static final Instant SENT = Instant.parse("2024-03-04T09:00:00Z");

    private MessageFixtures() {
    }

    /** A copy of a message in a mailbox: Gmail id as given, thread {@code thread-<gmailId>}. */
    public static MessageRef ref(String mailbox, String gmailId) {
        return MessageRef.of(mailbox, gmailId, "thread-" + gmailId);
    }

    /** A builder already holding a plausible FULL message for the ref, for the fields a test does care about. */
    public static ParsedMessage.Builder full(MessageRef ref) {
        String id = ref.messageId().value();
        return ParsedMessage.builder(ref)
                .detail(ParsedMessage.Detail.FULL)
                .messageId("<" + id + "@mail.lp.example>")
                .from(Participant.of("Lena Partner", "lena@lp.example"))
                .to(new Participant(ref.mailbox().address(), ""))
                .subject("About " + id)
                .sentAt(SENT)
                .textExcerpt("The text of " + id)
                .attachments(List.of(new AttachmentMeta(id + ".pdf", "application/pdf", 2048)))
                .labels(Set.of("INBOX"));
    }

    public static ParsedMessage message(MessageRef ref) {
        return full(ref).build();
    }

    public static ParsedMessage message(String mailbox, String gmailId) {
        return message(ref(mailbox, gmailId));
    }

    public static ParsedMessage message(String mailbox, String gmailId, Instant sentAt) {
        return full(ref(mailbox, gmailId)).sentAt(sentAt).build();
    }
}
