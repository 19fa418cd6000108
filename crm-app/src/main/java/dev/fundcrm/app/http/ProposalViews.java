package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Decision;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.MessageThread;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.ThreadEntry;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the proposal routes answer: records Jackson writes, so every text that came from captured mail
 * (names, subjects, headers, excerpts) is JSON-escaped on the way out.
 */
final class ProposalViews {

    private ProposalViews() {
    }

    /** A proposal with its target, the captured message's summary and where it was seen. */
    public record ProposalView(String id, String state, String messageKey, String subject, Instant occurredAt,
                               Instant createdAt, String rule, String role, ParticipantView participant,
                               TargetView target, List<String> seenIn, DecisionView decision) {
    }

    /** The contact (contactId) or the new person at an organization (organizationId + address) it names. */
    public record TargetView(String kind, String contactId, String contactName, String organizationId,
                             String organizationName, String address) {
    }

    public record ParticipantView(String address, String name) {
    }

    public record DecisionView(String reviewer, Instant at, String reason, String visibility) {
    }

    /** One proposal with its message. */
    public record ProposalDetail(ProposalView proposal, MessageView message) {
    }

    /** A captured message: headers, excerpt, and its place in its thread. */
    public record MessageView(String key, String messageId, String subject, Instant sentAt,
                              List<ParticipantView> from, List<ParticipantView> to, List<ParticipantView> cc,
                              List<ParticipantView> replyTo, Map<String, String> headers, String excerpt,
                              List<AttachmentMeta> attachments, ThreadView thread) {
    }

    /**
     * The message's thread: what it replies to, its copies in the team's mailboxes with their thread ids, the
     * thread's captured messages oldest first (this one among them), and its messages kept as identifiers only.
     */
    public record ThreadView(String inReplyTo, String references, List<CopyView> copies,
                             List<ThreadMessageView> captured, List<NotCapturedView> notCaptured) {
    }

    /** A captured message of the thread, enough to list it; its key leads to the rest. */
    public record ThreadMessageView(String key, String subject, ParticipantView from, Instant sentAt) {
    }

    /** A message of the thread kept as identifiers only: its copy there and what capture did with it. */
    public record NotCapturedView(String key, String mailbox, String gmailMessageId, String disposition) {
    }

    public record CopyView(String mailbox, String gmailMessageId, String gmailThreadId) {
    }

    /** A page of the review queue; {@code nextCursor} is "" on the last page. */
    public record PageView(List<ProposalView> items, String nextCursor) {
    }

    static ProposalView proposal(PendingProposal pending) {
        Proposal proposal = pending.proposal();
        ParsedMessage message = pending.message();
        return new ProposalView(proposal.id().toString(), proposal.state().name(), proposal.messageKey().value(),
                message.subject(), proposal.occurredAt(), proposal.createdAt(), proposal.match().rule().name(),
                proposal.match().role().name(), participant(proposal.match().participant()),
                target(proposal.target(), pending.contactOrNull(), pending.organizationOrNull()),
                pending.seenIn().stream().map(Mailbox::toString).toList(),
                proposal.decision().map(ProposalViews::decision).orElse(null));
    }

    static MessageView message(StoredMessage stored, MessageThread thread) {
        ParsedMessage message = stored.content();
        return new MessageView(stored.key().value(), message.messageIdHeader(), message.subject(),
                message.sentAtOrNull(), participants(message.from()), participants(message.to()),
                participants(message.cc()), participants(message.replyTo()), new TreeMap<>(message.headers()),
                message.textExcerpt(), message.attachments(),
                new ThreadView(message.inReplyTo(), message.references(),
                        stored.sightings().stream().map(ProposalViews::copy).toList(),
                        thread.captured().stream().map(ProposalViews::threadMessage).toList(),
                        thread.identifiersOnly().stream().map(ProposalViews::notCaptured).toList()));
    }

    private static ThreadMessageView threadMessage(StoredMessage stored) {
        ParsedMessage message = stored.content();
        return new ThreadMessageView(stored.key().value(), message.subject(),
                message.from().isEmpty() ? null : participant(message.from().get(0)), message.sentAtOrNull());
    }

    private static NotCapturedView notCaptured(ThreadEntry entry) {
        return new NotCapturedView(entry.key().value(), entry.copy().mailbox().toString(),
                entry.copy().messageId().value(), entry.disposition().name());
    }

    private static TargetView target(ProposalTarget target, Contact contact, Organization organization) {
        String organizationName = organization == null ? null : organization.name();
        String organizationId = organization == null ? null : organization.id().value().toString();
        if (target instanceof ProposalTarget.KnownContact known) {
            return new TargetView("CONTACT", known.contactId().toString(), contact == null ? null : contact.name(),
                    organizationId, organizationName, null);
        }
        ProposalTarget.NewPerson person = (ProposalTarget.NewPerson) target;
        return new TargetView("NEW_PERSON", null, null, person.organizationId().value().toString(),
                organizationName, person.address().canonical());
    }

    private static DecisionView decision(Decision decision) {
        return new DecisionView(decision.reviewer().canonical(), decision.at(), decision.reason(),
                decision.visibilityOrNull() == null ? null : decision.visibilityOrNull().name());
    }

    private static List<ParticipantView> participants(List<Participant> participants) {
        return participants.stream().map(ProposalViews::participant).toList();
    }

    private static ParticipantView participant(Participant participant) {
        return new ParticipantView(participant.address().value(), participant.displayName());
    }

    private static CopyView copy(MessageRef ref) {
        return new CopyView(ref.mailbox().toString(), ref.messageId().value(), ref.threadId().value());
    }
}
