package dev.fundcrm.gmail.parse;

import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartHeader;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a Gmail API {@link Message} ({@code users.messages.get} at {@code format=metadata} or
 * {@code format=full}) into the domain's message, or into {@code Unparseable} with a reason and the first
 * header lines. Never throws for bad input and never drops a message.
 *
 * <p>Headers come from {@code payload.headers} (capped by {@link ParseLimits}), labels from
 * {@code labelIds}, the fallback date from {@code internalDate}, the fallback media type from
 * {@code payload.mimeType}. At FULL detail the excerpt and attachment metadata come from walking
 * {@code payload.parts}; text is decoded from {@code body.data}, attachment content is never asked for.
 * Thread-safe and stateless beyond its limits.
 */
public final class GmailMessageParser {

    private final ParseLimits limits;

    public GmailMessageParser() {
        this(ParseLimits.DEFAULT);
    }

    public GmailMessageParser(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        AngusMail.configure();
    }

    /**
     * Parses a message at the given detail. {@code ref} is the caller's: the mailbox it read and the ids it
     * listed, not {@code message.getId()}. At FULL detail the message must come from {@code format=full};
     * from {@code format=metadata} it would read as a message without text.
     */
    public ParseOutcome parse(MessageRef ref, Message message, ParsedMessage.Detail detail) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(detail, "detail");
        Problems problems = new Problems();
        Headers headers = Headers.capped(List.of(), limits, problems);
        try {
            MessagePart payload = message == null ? null : message.getPayload();
            if (payload == null) {
                return MessageAssembler.unparseable(ref, "Gmail returned the message without a payload", headers,
                        problems, 0);
            }
            headers = Headers.capped(fields(payload), limits, problems);
            Body body = detail == ParsedMessage.Detail.FULL
                    ? new BodyWalker(limits, problems).walk(new GmailPartNode(payload, ""))
                    : null;
            String mimeType = payload.getMimeType() == null ? "" : payload.getMimeType();
            return MessageAssembler.assemble(ref, headers, labels(message), receivedAt(message), mimeType, body,
                    problems);
        } catch (RuntimeException e) {
            return MessageAssembler.unparseable(ref, "the parser failed (" + e.getClass().getSimpleName() + ")",
                    headers, problems, 0);
        }
    }

    private static List<HeaderField> fields(MessagePart payload) {
        List<HeaderField> fields = new ArrayList<>();
        if (payload.getHeaders() != null) {
            for (MessagePartHeader header : payload.getHeaders()) {
                if (header != null && header.getName() != null) {
                    fields.add(new HeaderField(header.getName(), header.getValue()));
                }
            }
        }
        return fields;
    }

    private static Set<String> labels(Message message) {
        Set<String> labels = new LinkedHashSet<>();
        if (message.getLabelIds() != null) {
            message.getLabelIds().stream().filter(Objects::nonNull).map(String::strip)
                    .filter(label -> !label.isEmpty()).forEach(labels::add);
        }
        return labels;
    }

    private static Instant receivedAt(Message message) {
        Long internalDate = message.getInternalDate();
        return internalDate == null ? null : Instant.ofEpochMilli(internalDate);
    }
}
