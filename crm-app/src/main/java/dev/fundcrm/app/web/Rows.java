package dev.fundcrm.app.web;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pending proposals as the pages list them, and grouped by the Gmail thread their message is on. */
final class Rows {

    /** How much of the excerpt a row shows; the message view shows all that was captured. */
    private static final int EXCERPT = 220;

    private final Formats formats;

    Rows(Formats formats) {
        this.formats = formats;
    }

    Views.Row row(PendingProposal pending) {
        Proposal proposal = pending.proposal();
        ParsedMessage message = pending.message();
        boolean known = proposal.target() instanceof ProposalTarget.KnownContact;
        String contactName = pending.contact().map(contact -> contact.name())
                .orElse(known ? "(deleted contact)" : "New person: " + proposal.match().participant().address().value());
        String contactId = known ? ((ProposalTarget.KnownContact) proposal.target()).contactId().toString() : "";
        return new Views.Row(proposal.id().toString(), message.subject().isBlank() ? "(no subject)" : message.subject(),
                message.from().isEmpty() ? "(no sender)" : Formats.person(message.from().get(0)), contactName, contactId,
                pending.organization().map(organization -> organization.name()).orElse(""),
                Formats.why(proposal.match().rule()) + " (" + Formats.word(proposal.match().role())
                        + ": " + proposal.match().participant().address().value() + ")",
                pending.seenIn().stream().map(Mailbox::toString).collect(Collectors.joining(", ")),
                formats.date(proposal.occurredAt()), excerpt(message.textExcerpt()),
                Formats.messageHref(proposal.messageKey().value()),
                known);
    }

    /** Rows grouped by thread, groups in the order of their oldest proposal (the queue's order). */
    List<Views.ThreadGroup> byThread(List<PendingProposal> oldestFirst) {
        Map<String, List<PendingProposal>> groups = new LinkedHashMap<>();
        for (PendingProposal pending : oldestFirst) {
            ParsedMessage message = pending.message();
            String thread = message.ref().mailbox() + "/" + message.ref().threadId().value();
            groups.computeIfAbsent(thread, key -> new ArrayList<>()).add(pending);
        }
        List<Views.ThreadGroup> threads = new ArrayList<>();
        for (List<PendingProposal> group : groups.values()) {
            String subject = group.get(0).message().subject();
            threads.add(new Views.ThreadGroup(subject.isBlank() ? "(no subject)" : subject,
                    group.stream().map(this::row).toList()));
        }
        return threads;
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }
}
