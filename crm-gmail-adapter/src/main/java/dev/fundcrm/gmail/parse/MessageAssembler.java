package dev.fundcrm.gmail.parse;

import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.Quarantined;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the domain's message from what either parser read, and decides when nothing useful is left.
 *
 * <p>A message is {@link FetchedMessage.Unparseable} when (1) neither a sender address nor a well-formed
 * Message-ID could be read: there would be nothing to triage it by, and every such message would share one
 * {@code MessageKey}; or (2) at FULL detail a limit stopped the body walk before any text or attachment was
 * found: an excerpt of nothing from a message built to exhaust the parser is not worth a proposal. Anything
 * short of that is parsed, with the problems noted. Stateless.
 */
final class MessageAssembler {

    /** The headers the domain reads besides the named fields: automation signals and the top media type. */
    static final List<String> KEPT_HEADERS = List.of("auto-submitted", "precedence", "list-id", "list-unsubscribe",
            "x-autoreply", "x-autorespond", "content-type");

    private MessageAssembler() {
    }

    /**
     * @param fallbackSentAt when the message was received (Gmail's internalDate, an mbox From line), used
     *     when the Date header is missing or unreadable; may be null
     * @param fallbackContentType the source's own idea of the top media type, used when the header is
     *     missing ("" if none)
     * @param bodyOrNull what a body walk read, null at HEADERS detail
     */
    static ParseOutcome assemble(MessageRef ref, Headers headers, Set<String> labels, Instant fallbackSentAt,
                                 String fallbackContentType, Body bodyOrNull, Problems problems) {
        ParsedMessage.Builder message = ParsedMessage.builder(ref)
                .detail(bodyOrNull == null ? ParsedMessage.Detail.HEADERS : ParsedMessage.Detail.FULL)
                .messageId(headers.first("message-id").map(HeaderText::unfold).orElse(""))
                .subject(headers.first("subject").map(raw -> HeaderText.decode("Subject", raw, problems)).orElse(""))
                .sentAt(sentAt(headers, fallbackSentAt, problems))
                .inReplyTo(headers.first("in-reply-to").map(HeaderText::unfold).orElse(""))
                .references(String.join(" ", headers.all("references").stream().map(HeaderText::unfold).toList()))
                .labels(labels);
        List<Participant> from = AddressList.participants("From", headers, problems);
        message.from(from)
                .replyTo(AddressList.participants("Reply-To", headers, problems))
                .to(AddressList.participants("To", headers, problems))
                .cc(AddressList.participants("Cc", headers, problems))
                .bcc(AddressList.participants("Bcc", headers, problems));
        for (String name : KEPT_HEADERS) {
            headers.first(name).ifPresent(raw -> message.header(name, HeaderText.decode(name, raw, problems)));
        }
        if (headers.first("content-type").isEmpty() && !fallbackContentType.isBlank()) {
            message.header("content-type", fallbackContentType);
        }
        if (bodyOrNull != null) {
            message.textExcerpt(bodyOrNull.text()).attachments(bodyOrNull.attachments());
        }
        ParsedMessage parsed = message.build();
        if (from.isEmpty() && MessageId.parse(parsed.messageIdHeader()).isEmpty()) {
            return unparseable(ref, "neither a sender address nor a Message-ID could be read", headers, problems,
                    partsRead(bodyOrNull));
        }
        if (bodyOrNull != null && bodyOrNull.limitReached() && bodyOrNull.isEmpty()) {
            return unparseable(ref, "its MIME structure exceeds the parse limits before any text or attachment",
                    headers, problems, partsRead(bodyOrNull));
        }
        return new ParseOutcome(new FetchedMessage.Parsed(parsed), problems.list(), partsRead(bodyOrNull));
    }

    static ParseOutcome unparseable(MessageRef ref, String reason, Headers headers, Problems problems,
                                    int partsRead) {
        return new ParseOutcome(new FetchedMessage.Unparseable(ref, reason, headers.preview(Quarantined.PARTIAL_LIMIT)),
                problems.list(), partsRead);
    }

    private static int partsRead(Body bodyOrNull) {
        return bodyOrNull == null ? 0 : bodyOrNull.partsRead();
    }

    private static Instant sentAt(Headers headers, Instant fallback, Problems problems) {
        Optional<String> date = headers.first("date");
        if (date.isEmpty()) {
            return fallback;
        }
        Optional<Instant> parsed = MailDates.parse(date.get());
        if (parsed.isEmpty()) {
            problems.add("Date: unreadable" + (fallback == null ? "" : ", the time the message was received taken"));
        }
        return parsed.orElse(fallback);
    }
}
