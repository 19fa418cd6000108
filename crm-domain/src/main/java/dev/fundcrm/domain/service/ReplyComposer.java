package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.HeaderValues;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.model.ReplyMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a reply the way Gmail does. Reply goes to Reply-To, else From; reply-all adds the original To (to
 * To) and Cc (to Cc). A reply to a message the owner sent goes to that message's recipients instead. The
 * owner and their aliases are left out, and each address appears once, compared ignoring case. Header
 * text from the original — which may be hostile — is refused if it holds CR, LF or NUL; a malformed
 * Message-ID is left out of In-Reply-To and References. Pure and thread-safe.
 */
public final class ReplyComposer {

    private static final Pattern REPLY_PREFIX = Pattern.compile("^(\\s*re\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    private ReplyComposer() {
    }

    public static ReplyDraft compose(ParsedMessage original, GmailThreadId thread, MailboxAccount account,
                                     ReplyMode mode, String body) {
        HeaderValues.requireSafe("Subject", original.subject());
        HeaderValues.requireSafe("In-Reply-To", original.messageIdHeader());
        HeaderValues.requireSafe("References", original.references());
        HeaderValues.requireSafe("References", original.inReplyTo());
        boolean ownMessage = original.from().stream().anyMatch(p -> account.isOwnAddress(p.address()));
        List<Participant> to = new ArrayList<>();
        List<Participant> cc = new ArrayList<>();
        if (ownMessage) {
            to.addAll(original.to());
            if (mode == ReplyMode.REPLY_ALL) {
                cc.addAll(original.cc());
            }
        } else {
            to.addAll(original.replyTo().isEmpty() ? original.from() : original.replyTo());
            if (mode == ReplyMode.REPLY_ALL) {
                to.addAll(original.to());
                cc.addAll(original.cc());
            }
        }
        Map<EmailAddress, Participant> toOnce = distinctOthers(to, account, Set.of());
        Map<EmailAddress, Participant> ccOnce = distinctOthers(cc, account, toOnce.keySet());
        if (toOnce.isEmpty()) {
            toOnce = ccOnce;
            ccOnce = Map.of();
        }
        if (toOnce.isEmpty()) {
            throw new IllegalArgumentException("nothing to reply to: every recipient is the mailbox owner");
        }
        Optional<MessageId> originalId = MessageId.parse(original.messageIdHeader());
        // RFC 5322 3.6.4: without References, the parent's In-Reply-To stands in for them.
        List<MessageId> earlier = MessageId.parseAll(original.references());
        Set<MessageId> references = new LinkedHashSet<>(earlier.isEmpty()
                ? MessageId.parseAll(original.inReplyTo()) : earlier);
        originalId.ifPresent(references::add);
        return new ReplyDraft(account.mailbox(), thread, account.mailbox().address(),
                List.copyOf(toOnce.values()), List.copyOf(ccOnce.values()), replySubject(original.subject()),
                originalId.map(MessageId::value).orElse(""), List.copyOf(references), body);
    }

    /** "Re: " and the subject without any leading "Re:" of its own: never "Re: Re:". */
    public static String replySubject(String subject) {
        return "Re: " + REPLY_PREFIX.matcher(subject).replaceFirst("").strip();
    }

    private static Map<EmailAddress, Participant> distinctOthers(List<Participant> participants,
                                                                 MailboxAccount account, Set<EmailAddress> taken) {
        Map<EmailAddress, Participant> once = new LinkedHashMap<>();
        for (Participant participant : participants) {
            EmailAddress address = participant.address();
            if (!account.isOwnAddress(address) && !taken.contains(address)) {
                once.putIfAbsent(address, participant);
            }
        }
        return once;
    }
}
