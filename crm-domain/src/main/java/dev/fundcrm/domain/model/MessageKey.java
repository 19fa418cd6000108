package dev.fundcrm.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The identity of a message across team mailboxes: the same message in three mailboxes has one key.
 *
 * <p>It is {@code mid:} + the RFC 5322 Message-ID when the message has a well-formed one. Otherwise it is
 * {@code sha256:} + a hash of what every copy of a message shares and a mailer sets once: the sender, the
 * To and Cc recipients, the subject and the Date header. Two different messages without a Message-ID that
 * agree on all of these are taken for one; that trade-off is accepted, as such mail is rare and mostly
 * automated.
 */
public record MessageKey(String value) {

    private static final int MAX_LENGTH = 1024;

    public MessageKey {
        if (value == null || !(value.startsWith("mid:") || value.startsWith("sha256:"))
                || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a message key starts with 'mid:' or 'sha256:', was '" + value + "'");
        }
    }

    public static MessageKey of(MessageId messageId) {
        return new MessageKey("mid:" + messageId.value());
    }

    /** The key of a parsed message, by the rule above. */
    public static MessageKey of(ParsedMessage message) {
        return MessageId.parse(message.messageIdHeader())
                .map(MessageKey::of)
                .orElseGet(() -> new MessageKey("sha256:" + contentHash(message)));
    }

    private static String contentHash(ParsedMessage message) {
        String text = String.join("\n",
                addresses(message.from()),
                addresses(message.to()),
                addresses(message.cc()),
                message.subject(),
                message.sentAt().map(Object::toString).orElse(""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String addresses(List<Participant> participants) {
        return participants.stream().map(p -> p.address().canonical()).sorted().collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return value;
    }
}
