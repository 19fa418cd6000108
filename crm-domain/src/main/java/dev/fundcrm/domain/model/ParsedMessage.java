package dev.fundcrm.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A message as capture read it from one mailbox.
 *
 * <p>At {@link Detail#HEADERS} it has headers and labels only ({@code textExcerpt} is empty and
 * {@code attachments} empty); at {@link Detail#FULL} it also has the text excerpt and attachment metadata.
 * Capture reads every message at HEADERS and only those that yield a proposal at FULL.
 *
 * <p>Absent header text is the empty string, never null; {@code sentAt} is null when the Date header was
 * missing or unreadable (see {@link #sentAt()}). {@code headers} holds the few further headers the domain
 * reads (automation signals such as Auto-Submitted, Precedence, List-Id, List-Unsubscribe), keyed by
 * lower-cased name. Immutable.
 */
public record ParsedMessage(
        MessageRef ref,
        Detail detail,
        String messageIdHeader,
        List<Participant> from,
        List<Participant> to,
        List<Participant> cc,
        List<Participant> bcc,
        List<Participant> replyTo,
        String subject,
        Instant sentAtOrNull,
        String textExcerpt,
        List<AttachmentMeta> attachments,
        Set<String> labels,
        String inReplyTo,
        String references,
        Map<String, String> headers) {

    /** How much of the message was read. */
    public enum Detail { HEADERS, FULL }

    /** Excerpts are cut to this many characters: enough to review, not a copy of the mail. */
    public static final int EXCERPT_LIMIT = 4000;

    public ParsedMessage {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(detail, "detail");
        messageIdHeader = orEmpty(messageIdHeader);
        from = List.copyOf(from);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        subject = orEmpty(subject);
        textExcerpt = orEmpty(textExcerpt);
        if (textExcerpt.length() > EXCERPT_LIMIT) {
            textExcerpt = textExcerpt.substring(0, EXCERPT_LIMIT);
        }
        attachments = List.copyOf(attachments);
        labels = Set.copyOf(labels);
        inReplyTo = orEmpty(inReplyTo);
        references = orEmpty(references);
        Map<String, String> lowerCased = new LinkedHashMap<>();
        headers.forEach((name, value) -> lowerCased.put(name.toLowerCase(Locale.ROOT), orEmpty(value)));
        headers = Map.copyOf(lowerCased);
    }

    public static Builder builder(MessageRef ref) {
        return new Builder(ref);
    }

    public MessageKey key() {
        return MessageKey.of(this);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAtOrNull);
    }

    /** Every participant with the header it stood in, in header order: From, Reply-To, To, Cc, Bcc. */
    public List<Map.Entry<ParticipantRole, Participant>> participants() {
        List<Map.Entry<ParticipantRole, Participant>> all = new ArrayList<>();
        from.forEach(p -> all.add(Map.entry(ParticipantRole.FROM, p)));
        replyTo.forEach(p -> all.add(Map.entry(ParticipantRole.REPLY_TO, p)));
        to.forEach(p -> all.add(Map.entry(ParticipantRole.TO, p)));
        cc.forEach(p -> all.add(Map.entry(ParticipantRole.CC, p)));
        bcc.forEach(p -> all.add(Map.entry(ParticipantRole.BCC, p)));
        return all;
    }

    /** The distinct addresses among all participants. */
    public Set<EmailAddress> addresses() {
        Set<EmailAddress> addresses = new LinkedHashSet<>();
        Stream.of(from, replyTo, to, cc, bcc).flatMap(List::stream).forEach(p -> addresses.add(p.address()));
        return addresses;
    }

    /** The same message without body text and attachments: what is kept when only headers are needed. */
    public ParsedMessage headersOnly() {
        return new ParsedMessage(ref, Detail.HEADERS, messageIdHeader, from, to, cc, bcc, replyTo, subject,
                sentAtOrNull, "", List.of(), labels, inReplyTo, references, headers);
    }

    /** The same content as seen through another mailbox's copy. */
    public ParsedMessage withRef(MessageRef otherRef) {
        return new ParsedMessage(otherRef, detail, messageIdHeader, from, to, cc, bcc, replyTo, subject,
                sentAtOrNull, textExcerpt, attachments, labels, inReplyTo, references, headers);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Builds a message field by field; lists and strings default to empty, detail to HEADERS. */
    public static final class Builder {
        private final MessageRef ref;
        private Detail detail = Detail.HEADERS;
        private String messageId = "";
        private List<Participant> from = List.of();
        private List<Participant> to = List.of();
        private List<Participant> cc = List.of();
        private List<Participant> bcc = List.of();
        private List<Participant> replyTo = List.of();
        private String subject = "";
        private Instant sentAt;
        private String textExcerpt = "";
        private List<AttachmentMeta> attachments = List.of();
        private Set<String> labels = Set.of();
        private String inReplyTo = "";
        private String references = "";
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(MessageRef ref) {
            this.ref = ref;
        }

        public Builder detail(Detail value) {
            this.detail = value;
            return this;
        }

        public Builder messageId(String value) {
            this.messageId = value;
            return this;
        }

        public Builder from(Participant... value) {
            this.from = List.of(value);
            return this;
        }

        public Builder from(List<Participant> value) {
            this.from = value;
            return this;
        }

        public Builder to(Participant... value) {
            this.to = List.of(value);
            return this;
        }

        public Builder to(List<Participant> value) {
            this.to = value;
            return this;
        }

        public Builder cc(Participant... value) {
            this.cc = List.of(value);
            return this;
        }

        public Builder cc(List<Participant> value) {
            this.cc = value;
            return this;
        }

        public Builder bcc(List<Participant> value) {
            this.bcc = value;
            return this;
        }

        public Builder replyTo(Participant... value) {
            this.replyTo = List.of(value);
            return this;
        }

        public Builder replyTo(List<Participant> value) {
            this.replyTo = value;
            return this;
        }

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder sentAt(Instant value) {
            this.sentAt = value;
            return this;
        }

        public Builder textExcerpt(String value) {
            this.textExcerpt = value;
            return this;
        }

        public Builder attachments(List<AttachmentMeta> value) {
            this.attachments = value;
            return this;
        }

        public Builder labels(Set<String> value) {
            this.labels = value;
            return this;
        }

        public Builder inReplyTo(String value) {
            this.inReplyTo = value;
            return this;
        }

        public Builder references(String value) {
            this.references = value;
            return this;
        }

        public Builder header(String name, String value) {
            this.headers.put(name, value);
            return this;
        }

        public Builder headers(Map<String, String> value) {
            this.headers.putAll(value);
            return this;
        }

        public ParsedMessage build() {
            return new ParsedMessage(ref, detail, messageId, from, to, cc, bcc, replyTo, subject, sentAt,
                    textExcerpt, attachments, labels, inReplyTo, references, headers);
        }
    }
}
