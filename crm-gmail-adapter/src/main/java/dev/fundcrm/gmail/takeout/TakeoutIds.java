package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.gmail.parse.RawHeaders;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Gmail ids for a message of a Takeout export, the same on every import of the same export.
 *
 * <p>Message id: {@code X-GM-MSGID} (IMAP exports), else the number of a Takeout {@code From } line; a
 * decimal is written in hex, as the Gmail API writes the same id, so a later API sync of the mailbox knows
 * the message. Without either, {@code mbox-} and 128 bits of the SHA-256 of the message's content: a
 * message's bytes are its identity, so two byte-identical copies are one message.
 *
 * <p>Thread id: {@code X-GM-THRID}, hex as above; else {@code mbox-t-} and a hash of the thread's first
 * Message-ID (the first of References, else In-Reply-To, else its own), else the message id. Stateless.
 */
final class TakeoutIds {

    private TakeoutIds() {
    }

    /** The ref of an entry read with its digest (listing). */
    static MessageRef ref(Mailbox mailbox, MboxEntry entry) {
        RawHeaders headers = RawHeaders.of(entry.head());
        GmailMessageId id = messageId(headers, FromLine.parse(entry.fromLine()), entry.contentDigest());
        return new MessageRef(mailbox, id, threadId(headers, id));
    }

    static GmailMessageId messageId(RawHeaders headers, FromLine fromLine, byte[] contentDigest) {
        return gmailId(headers.first("x-gm-msgid"))
                .or(() -> fromLine.gmailDecimalId().flatMap(TakeoutIds::hex))
                .map(GmailMessageId::new)
                .orElseGet(() -> new GmailMessageId("mbox-" + HexFormat.of().formatHex(contentDigest, 0, 16)));
    }

    static GmailThreadId threadId(RawHeaders headers, GmailMessageId messageId) {
        Optional<String> root = firstId(headers.first("references"))
                .or(() -> firstId(headers.first("in-reply-to")))
                .or(() -> firstId(headers.first("message-id")));
        return gmailId(headers.first("x-gm-thrid"))
                .or(() -> root.map(id -> "mbox-t-" + HexFormat.of().formatHex(Sha256.of(id), 0, 16)))
                .map(GmailThreadId::new)
                .orElseGet(() -> new GmailThreadId(messageId.value()));
    }

    // A decimal id is written in hex; any other token as it stands.
    private static Optional<String> gmailId(Optional<String> header) {
        return header.map(String::strip).filter(value -> !value.isEmpty() && value.length() <= 64
                        && value.chars().allMatch(c -> c > ' ' && c < 127))
                .flatMap(value -> value.chars().allMatch(Character::isDigit) ? hex(value) : Optional.of(value));
    }

    private static Optional<String> hex(String decimal) {
        try {
            return Optional.of(Long.toUnsignedString(Long.parseUnsignedLong(decimal), 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstId(Optional<String> header) {
        return header.map(MessageId::parseAll).filter(ids -> !ids.isEmpty()).map(ids -> ids.get(0).value());
    }
}
