package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.port.out.Activities;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contacts' activities in memory, at most one per proposal. Ties in time break by id in its text form: a
 * timeline runs newest first by (occurredAt, id) descending, approvals oldest first by (approvedAt, id).
 * Thread-safe: every method is synchronized.
 */
public final class InMemoryActivities implements Activities {

    private final Map<ProposalId, Activity> byProposal = new HashMap<>();

    @Override
    public synchronized boolean add(Activity activity) {
        return byProposal.putIfAbsent(activity.proposalId(), activity) == null;
    }

    @Override
    public synchronized boolean removeForProposal(ProposalId proposal) {
        return byProposal.remove(proposal) != null;
    }

    @Override
    public synchronized Optional<Activity> forProposal(ProposalId proposal) {
        return Optional.ofNullable(byProposal.get(proposal));
    }

    @Override
    public synchronized List<Activity> forContact(ContactId contact, int limit) {
        return byProposal.values().stream()
                .filter(activity -> activity.contactId().equals(contact))
                .sorted(Comparator.comparing(Activity::occurredAt)
                        .thenComparing(activity -> activity.id().toString())
                        .reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Activity> approvedBetween(Instant from, Instant to) {
        return byProposal.values().stream()
                .filter(activity -> !activity.approvedAt().isBefore(from) && activity.approvedAt().isBefore(to))
                .sorted(Comparator.comparing(Activity::approvedAt).thenComparing(activity -> activity.id().toString()))
                .toList();
    }
}
