package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.Messages;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Proposals;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proposals in memory. The review queue's filters by mailbox and organization read the messages' sightings
 * and the contacts, as a SQL join would, so this store is built on the messages and contacts it shares a
 * {@code Stores} with. Paging is by keyset: a page's cursor is its last item, so proposals decided between
 * pages neither shift nor repeat the rest. Thread-safe: every method is synchronized, so the compare-and-set
 * in {@link #update} is atomic; the queue filters a snapshot outside the lock, never holding two stores' locks.
 */
public final class InMemoryProposals implements Proposals {

    private final Map<ProposalId, Proposal> proposals = new HashMap<>();
    private final Messages messages;
    private final Contacts contacts;

    public InMemoryProposals(Messages messages, Contacts contacts) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public synchronized boolean addIfAbsent(Proposal proposal) {
        return proposals.putIfAbsent(proposal.id(), proposal) == null;
    }

    @Override
    public synchronized boolean update(Proposal updated) {
        Proposal stored = proposals.get(updated.id());
        if (stored == null || stored.version() != updated.version() - 1) {
            return false;
        }
        proposals.put(updated.id(), updated);
        return true;
    }

    @Override
    public synchronized Optional<Proposal> find(ProposalId id) {
        return Optional.ofNullable(proposals.get(id));
    }

    @Override
    public synchronized List<Proposal> forMessage(MessageKey key) {
        return proposals.values().stream()
                .filter(proposal -> proposal.messageKey().equals(key))
                .sorted(PendingCursor.QUEUE_ORDER)
                .toList();
    }

    @Override
    public Page<Proposal> pending(PendingQuery query) {
        Optional<PendingCursor> cursor = query.cursor().isEmpty()
                ? Optional.empty()
                : Optional.of(PendingCursor.decode(query.cursor()));
        List<Proposal> matching = pendingSnapshot().stream()
                .filter(proposal -> cursor.map(after -> after.precedes(proposal)).orElse(true))
                .filter(proposal -> matches(proposal, query))
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new Page<>(matching, "");
        }
        List<Proposal> page = matching.subList(0, query.limit());
        return new Page<>(page, PendingCursor.after(page.get(page.size() - 1)).encode());
    }

    @Override
    public synchronized long countPending() {
        return proposals.values().stream().filter(Proposal::isPending).count();
    }

    @Override
    public synchronized Map<ProposalState, Long> countByState() {
        Map<ProposalState, Long> counts = new EnumMap<>(ProposalState.class);
        for (ProposalState state : ProposalState.values()) {
            counts.put(state, proposals.values().stream().filter(proposal -> proposal.state() == state).count());
        }
        return counts;
    }

    @Override
    public synchronized Optional<Instant> oldestPendingCreatedAt() {
        return proposals.values().stream().filter(Proposal::isPending).map(Proposal::createdAt).min(Instant::compareTo);
    }

    private synchronized List<Proposal> pendingSnapshot() {
        return proposals.values().stream().filter(Proposal::isPending).sorted(PendingCursor.QUEUE_ORDER).toList();
    }

    private boolean matches(Proposal proposal, PendingQuery query) {
        ProposalTarget target = proposal.target();
        if (query.contact() != null && !target.equals(new ProposalTarget.KnownContact(query.contact()))) {
            return false;
        }
        if (query.occurredBefore() != null && !proposal.occurredAt().isBefore(query.occurredBefore())) {
            return false;
        }
        if (query.mailbox() != null && messages.sightings(proposal.messageKey()).stream()
                .map(MessageRef::mailbox).noneMatch(query.mailbox()::equals)) {
            return false;
        }
        if (query.organization() == null) {
            return true;
        }
        if (target instanceof ProposalTarget.NewPerson person) {
            return person.organizationId().equals(query.organization());
        }
        ProposalTarget.KnownContact known = (ProposalTarget.KnownContact) target;
        return contacts.find(known.contactId())
                .flatMap(Contact::organizationId)
                .filter(query.organization()::equals)
                .isPresent();
    }
}
