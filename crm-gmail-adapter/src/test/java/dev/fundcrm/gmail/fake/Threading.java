package dev.fundcrm.gmail.fake;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Gmail's threading rule: a message joins a thread only if it names one of the thread's messages in
 * {@code In-Reply-To} or {@code References} and its subject matches; a requested {@code threadId} (drafts,
 * sends) must satisfy the same, or Gmail starts a new thread. A new thread takes the message's own id.
 */
final class Threading {

    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?i)((re|fw|fwd|aw|wg|sv)\\s*:\\s*)+");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^>]+>");

    private Threading() {
    }

    static String threadOf(String id, MessageView view, String requestedThreadId, Collection<StoredMessage> mailbox,
            Function<StoredMessage, MessageView> views) {
        List<String> referenced = referencedIds(view);
        String subject = normalizedSubject(view);
        Optional<String> thread = mailbox.stream()
                .filter(message -> requestedThreadId == null || message.threadId().equals(requestedThreadId))
                .filter(message -> views.apply(message).first("Message-ID").map(Threading::bare)
                        .filter(referenced::contains).isPresent())
                .filter(message -> normalizedSubject(views.apply(message)).equals(subject))
                .map(StoredMessage::threadId)
                .findFirst();
        return thread.orElse(id);
    }

    private static List<String> referencedIds(MessageView view) {
        String names = String.join(" ", view.values("In-Reply-To")) + " " + String.join(" ", view.values("References"));
        return MESSAGE_ID.matcher(names).results().map(match -> bare(match.group())).toList();
    }

    static String bare(String messageId) {
        String trimmed = messageId.strip();
        if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    private static String normalizedSubject(MessageView view) {
        String subject = view.first("Subject").orElse("");
        return REPLY_PREFIX.matcher(subject.strip()).replaceFirst("").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
