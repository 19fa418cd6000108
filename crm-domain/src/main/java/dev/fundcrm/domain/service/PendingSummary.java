package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The digest's view of the review queue: each mailbox's pending proposals, and the new people at known
 * organizations. It pages through the pending proposals with the store's own filters, once a day, rather than
 * asking the stores for aggregates of their own. Thread-safe.
 */
final class PendingSummary {

    private final Stores stores;

    PendingSummary(Stores stores) {
        this.stores = stores;
    }

    /** The mailboxes with pending proposals, by address: how many, and how long the oldest has waited. */
    List<Digest.MailboxQueue> byMailbox(Instant now) {
        List<Digest.MailboxQueue> queues = new ArrayList<>();
        for (MailboxAccount account : stores.mailboxes().all()) {
            long[] count = {0};
            Instant[] oldest = {now};
            forEachPending(PendingQuery.firstPage(PendingQuery.MAX_LIMIT).forMailbox(account.mailbox()), proposal -> {
                count[0]++;
                oldest[0] = proposal.createdAt().isBefore(oldest[0]) ? proposal.createdAt() : oldest[0];
            });
            if (count[0] > 0) {
                queues.add(new Digest.MailboxQueue(account.mailbox(), count[0], Duration.between(oldest[0], now)));
            }
        }
        return queues;
    }

    /**
     * People matched to an organization by their address's domain, not contacts yet, whose first pending
     * proposal was made in [from, to): by organization name, then address.
     */
    List<Digest.NewPerson> newPeople(Instant from, Instant to) {
        Map<String, Digest.NewPerson> people = new LinkedHashMap<>();
        forEachPending(PendingQuery.firstPage(PendingQuery.MAX_LIMIT), proposal -> {
            if (!(proposal.target() instanceof ProposalTarget.NewPerson person) || proposal.createdAt().isBefore(from)
                    || !proposal.createdAt().isBefore(to)) {
                return;
            }
            Optional<Organization> organization = stores.contacts().findOrganization(person.organizationId());
            organization.ifPresent(org -> people.merge(person.key(),
                    new Digest.NewPerson(org, proposal.match().participant(), 1),
                    (kept, again) -> new Digest.NewPerson(org, kept.participant(), kept.messages() + 1)));
        });
        return people.values().stream()
                .sorted(Comparator.comparing((Digest.NewPerson p) -> p.organization().name())
                        .thenComparing(p -> p.participant().address().canonical()))
                .toList();
    }

    private void forEachPending(PendingQuery first, Consumer<Proposal> action) {
        PendingQuery query = first;
        while (true) {
            Page<Proposal> page = stores.proposals().pending(query);
            page.items().forEach(action);
            if (page.next().isEmpty()) {
                return;
            }
            query = query.after(page.nextCursor());
        }
    }
}
