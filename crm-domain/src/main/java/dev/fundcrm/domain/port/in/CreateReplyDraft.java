package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.ReplyMode;
import java.util.Objects;

/**
 * Creates a reply or reply-all draft to a captured message in the given team mailbox's thread. Agents draft;
 * humans send: the draft waits in Gmail for its owner. Audited.
 *
 * @throws dev.fundcrm.domain.model.UnknownRecordException if the message was not captured or the mailbox
 *     never saw it
 * @throws dev.fundcrm.domain.model.UnsafeHeaderException if a header would carry CR, LF or NUL
 * @throws dev.fundcrm.domain.port.out.DraftException if Gmail refused the draft
 */
public interface CreateReplyDraft {

    DraftRef create(Command command);

    record Command(MessageKey message, Mailbox mailbox, ReplyMode mode, String body, EmailAddress requestedBy) {
        public Command {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(requestedBy, "requestedBy");
            body = body == null ? "" : body;
        }
    }
}
