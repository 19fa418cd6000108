package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.port.in.ListPendingProposals;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import dev.fundcrm.domain.port.in.ShowProposal;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review queue, read-only: one page of pending proposals, or one proposal, with their contacts and
 * messages. A page's messages, contacts and organizations are read with one call each ({@code findAll}), not
 * per proposal: at 50 proposals a page, reading them one by one cost hundreds of database round trips per page
 * (docs/benchmarks.md, "The admin API under load"). Thread-safe.
 */
public final class ReviewQueue implements ListPendingProposals, ShowProposal {

    private final Stores stores;

    public ReviewQueue(Stores stores) {
        this.stores = stores;
    }

    @Override
    public Page<PendingProposal> list(PendingQuery query) {
        Page<Proposal> page = stores.proposals().pending(query);
        return new Page<>(withEvidence(page.items()), page.nextCursor());
    }

    @Override
    public Optional<PendingProposal> show(ProposalId id) {
        return stores.proposals().find(id).map(proposal -> withEvidence(List.of(proposal)).get(0));
    }

    private List<PendingProposal> withEvidence(List<Proposal> proposals) {
        List<ContactId> contactIds = new ArrayList<>();
        Set<OrganizationId> organizationIds = new HashSet<>();
        for (Proposal proposal : proposals) {
            if (proposal.target() instanceof ProposalTarget.KnownContact known) {
                contactIds.add(known.contactId());
            } else if (proposal.target() instanceof ProposalTarget.NewPerson person) {
                organizationIds.add(person.organizationId());
            }
        }
        Map<MessageKey, StoredMessage> messages = byKey(stores.messages().findAll(
                proposals.stream().map(Proposal::messageKey).toList()), StoredMessage::key);
        Map<ContactId, Contact> contacts = byKey(stores.contacts().findAll(contactIds), Contact::id);
        contacts.values().forEach(contact -> contact.organizationId().ifPresent(organizationIds::add));
        Map<OrganizationId, Organization> organizations = byKey(
                stores.contacts().findOrganizations(organizationIds), Organization::id);
        List<PendingProposal> items = new ArrayList<>(proposals.size());
        for (Proposal proposal : proposals) {
            StoredMessage message = messages.get(proposal.messageKey());
            if (message == null) {
                throw new IllegalStateException("proposal " + proposal.id() + " has no stored message "
                        + proposal.messageKey());
            }
            Contact contact = null;
            Organization organization = null;
            if (proposal.target() instanceof ProposalTarget.KnownContact known) {
                contact = contacts.get(known.contactId());
                organization = contact == null ? null
                        : contact.organizationId().map(organizations::get).orElse(null);
            } else if (proposal.target() instanceof ProposalTarget.NewPerson person) {
                organization = organizations.get(person.organizationId());
            }
            items.add(new PendingProposal(proposal, contact, organization, message.content(), message.mailboxes()));
        }
        return items;
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first));
    }
}
