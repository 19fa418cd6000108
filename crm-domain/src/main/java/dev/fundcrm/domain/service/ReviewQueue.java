package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.port.in.ListPendingProposals;
import dev.fundcrm.domain.port.in.ShowProposal;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review queue, read-only: one page of pending proposals, or one proposal, with their contacts and
 * messages. Thread-safe.
 */
public final class ReviewQueue implements ListPendingProposals, ShowProposal {

    private final Stores stores;

    public ReviewQueue(Stores stores) {
        this.stores = stores;
    }

    @Override
    public Page<PendingProposal> list(PendingQuery query) {
        Page<Proposal> page = stores.proposals().pending(query);
        List<PendingProposal> items = new ArrayList<>(page.items().size());
        for (Proposal proposal : page.items()) {
            items.add(withEvidence(proposal));
        }
        return new Page<>(items, page.nextCursor());
    }

    @Override
    public Optional<PendingProposal> show(ProposalId id) {
        return stores.proposals().find(id).map(this::withEvidence);
    }

    private PendingProposal withEvidence(Proposal proposal) {
        Optional<StoredMessage> message = stores.messages().find(proposal.messageKey());
        if (message.isEmpty()) {
            throw new IllegalStateException("proposal " + proposal.id() + " has no stored message "
                    + proposal.messageKey());
        }
        Contact contact = null;
        Organization organization = null;
        if (proposal.target() instanceof ProposalTarget.KnownContact known) {
            contact = stores.contacts().find(known.contactId()).orElse(null);
            organization = contact == null ? null : contact.organizationId()
                    .flatMap(stores.contacts()::findOrganization).orElse(null);
        } else if (proposal.target() instanceof ProposalTarget.NewPerson person) {
            organization = stores.contacts().findOrganization(person.organizationId()).orElse(null);
        }
        return new PendingProposal(proposal, contact, organization, message.get().content(),
                message.get().mailboxes());
    }
}
