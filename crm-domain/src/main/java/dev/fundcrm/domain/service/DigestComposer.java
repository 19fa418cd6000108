package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.port.in.BuildDigest;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the digest from the stores, locally and deterministically (the same stores and clock give the same
 * digest). "Awaiting our reply": a contact's
 * message with no later message from the fund's domains in any team mailbox's copy of its thread, older than
 * the configured days; only the latest such message per contact and thread counts. Thread-safe.
 */
public final class DigestComposer implements BuildDigest {

    /** How far back "awaiting reply" looks: older silence is history, not a to-do. */
    static final Duration AWAITING_WINDOW = Duration.ofDays(30);

    private final Stores stores;
    private final FundSettings settings;
    private final Clock clock;

    public DigestComposer(Stores stores, FundSettings settings, Clock clock) {
        this.stores = stores;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Digest build(LocalDate day) {
        Instant now = clock.instant();
        Instant from = day.minusDays(1).atStartOfDay(settings.zone()).toInstant();
        Instant to = day.atStartOfDay(settings.zone()).toInstant();
        Duration oldest = stores.proposals().oldestPendingCreatedAt()
                .map(created -> Duration.between(created, now))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
        List<Digest.MailboxHealth> health = stores.mailboxes().all().stream()
                .map(MailboxAccount::mailbox)
                .map(stores.mailboxes()::state)
                .map(state -> new Digest.MailboxHealth(state, backlog(state, now)))
                .toList();
        PendingSummary pending = new PendingSummary(stores);
        return new Digest(day, approvedBetween(from, to), stores.proposals().countPending(), oldest,
                pending.byMailbox(now), awaitingReply(now), pending.newPeople(from, to), health);
    }

    private static Duration backlog(SyncState state, Instant now) {
        if (state.status() == SyncStatus.OK) {
            return Duration.ZERO;
        }
        return state.lastSuccess().map(success -> Duration.between(success, now)).orElse(null);
    }

    private List<Digest.ContactActivities> approvedBetween(Instant from, Instant to) {
        Map<Contact, List<Activity>> byContact = new LinkedHashMap<>();
        for (Activity activity : stores.activities().approvedBetween(from, to)) {
            stores.contacts().find(activity.contactId()).ifPresent(contact ->
                    byContact.computeIfAbsent(contact, c -> new ArrayList<>()).add(activity));
        }
        return byContact.entrySet().stream()
                .map(entry -> new Digest.ContactActivities(entry.getKey(), organizationOf(entry.getKey()),
                        entry.getValue()))
                .sorted(Comparator.comparing((Digest.ContactActivities c) -> c.organizationOrNull() == null)
                        .thenComparing(c -> c.organizationOrNull() == null ? "" : c.organizationOrNull().name())
                        .thenComparing(c -> c.contact().displayName())
                        .thenComparing(c -> c.contact().id().toString()))
                .toList();
    }

    private Organization organizationOf(Contact contact) {
        return contact.organizationId().flatMap(stores.contacts()::findOrganization).orElse(null);
    }

    private List<Digest.AwaitingReply> awaitingReply(Instant now) {
        List<StoredMessage> recent = stores.messages().capturedSince(now.minus(AWAITING_WINDOW));
        Map<String, Digest.AwaitingReply> latestPerThread = new LinkedHashMap<>();
        for (StoredMessage message : recent) {
            ParsedMessage content = message.content();
            Optional<Instant> sent = content.sentAt();
            Optional<Contact> sender = content.from().stream()
                    .filter(p -> !settings.fundDomains().isInternal(p.address()))
                    .map(p -> stores.contacts().findByAddress(p.address()))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (sent.isEmpty() || sender.isEmpty()) {
                continue;
            }
            long days = Duration.between(sent.get(), now).toDays();
            if (days < settings.awaitingReplyDays() || answeredLater(message, sent.get(), recent)) {
                continue;
            }
            String thread = sender.get().id() + "|" + threadKeys(message).stream().sorted().findFirst().orElse("");
            latestPerThread.merge(thread,
                    new Digest.AwaitingReply(sender.get(), content.subject(), sent.get(), days),
                    (kept, other) -> other.receivedAt().isAfter(kept.receivedAt()) ? other : kept);
        }
        return latestPerThread.values().stream()
                .sorted(Comparator.comparing(Digest.AwaitingReply::receivedAt))
                .toList();
    }

    private boolean answeredLater(StoredMessage inbound, Instant sent, List<StoredMessage> recent) {
        Set<String> threads = threadKeys(inbound);
        return recent.stream()
                .filter(other -> other.content().sentAt().map(at -> at.isAfter(sent)).orElse(false))
                .filter(other -> other.content().from().stream()
                        .anyMatch(p -> settings.fundDomains().isInternal(p.address())))
                .anyMatch(other -> threadKeys(other).stream().anyMatch(threads::contains));
    }

    private static Set<String> threadKeys(StoredMessage message) {
        return message.sightings().stream().map(DigestComposer::threadKey).collect(Collectors.toSet());
    }

    private static String threadKey(MessageRef ref) {
        Mailbox mailbox = ref.mailbox();
        GmailThreadId thread = ref.threadId();
        return mailbox + "/" + thread;
    }
}
