package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.port.out.Stores;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a set of stores holds about the messages of a source, in a form two runs can be compared by: each mailbox
 * copy's disposition, each message's sightings, whether its content is stored, its proposals, the quarantined
 * copies and each mailbox's checkpoint. Everything is sorted, so the order in which writers got there does not
 * matter; lists keep duplicates, so a row stored twice shows. A copy the stores never saw has no disposition.
 */
public record CaptureSnapshot(Map<MessageRef, Disposition> dispositions, Map<MessageKey, List<MessageRef>> sightings,
                              Set<MessageKey> withContent, Map<MessageKey, List<ProposalId>> proposals,
                              List<MessageRef> quarantined, Map<Mailbox, Checkpoint> checkpoints) {

    private static final Comparator<MessageRef> COPY_ORDER = Comparator
            .comparing((MessageRef ref) -> ref.mailbox().toString())
            .thenComparing(ref -> ref.messageId().value());
    private static final Comparator<MessageKey> KEY_ORDER = Comparator.comparing(MessageKey::value);

    /** Reads, through the ports, what the stores hold about every message the source lists. */
    public static CaptureSnapshot of(Stores stores, InMemoryMailboxSource source) {
        Map<MessageRef, Disposition> dispositions = new TreeMap<>(COPY_ORDER);
        Set<MessageKey> keys = new TreeSet<>(KEY_ORDER);
        for (FetchedMessage message : source.contents()) {
            stores.messages().disposition(message.ref()).ifPresent(seen -> dispositions.put(message.ref(), seen));
            if (message instanceof FetchedMessage.Parsed parsed) {
                keys.add(parsed.message().key());
            }
        }
        Map<MessageKey, List<MessageRef>> sightings = new TreeMap<>(KEY_ORDER);
        Set<MessageKey> withContent = new TreeSet<>(KEY_ORDER);
        Map<MessageKey, List<ProposalId>> proposals = new TreeMap<>(KEY_ORDER);
        for (MessageKey key : keys) {
            List<MessageRef> seen = stores.messages().sightings(key);
            if (!seen.isEmpty()) {
                sightings.put(key, seen.stream().sorted(COPY_ORDER).toList());
            }
            if (stores.messages().hasContent(key)) {
                withContent.add(key);
            }
            List<Proposal> about = stores.proposals().forMessage(key);
            if (!about.isEmpty()) {
                proposals.put(key, about.stream().map(Proposal::id)
                        .sorted(Comparator.comparing(ProposalId::value)).toList());
            }
        }
        List<MessageRef> quarantined = stores.messages().quarantined(10_000).stream()
                .map(Quarantined::ref)
                .sorted(COPY_ORDER)
                .toList();
        Map<Mailbox, Checkpoint> checkpoints = new TreeMap<>(Comparator.comparing(Mailbox::toString));
        for (MailboxAccount account : stores.mailboxes().all()) {
            checkpoints.put(account.mailbox(), stores.mailboxes().state(account.mailbox()).checkpoint());
        }
        return new CaptureSnapshot(Collections.unmodifiableMap(dispositions), Collections.unmodifiableMap(sightings),
                Collections.unmodifiableSet(withContent), Collections.unmodifiableMap(proposals),
                quarantined, Collections.unmodifiableMap(checkpoints));
    }

    /** How many mailbox copies the stores know (sighted or quarantined). */
    public int copies() {
        return dispositions.size();
    }

    public int messagesWithContent() {
        return withContent.size();
    }

    public int proposalCount() {
        return proposals.values().stream().mapToInt(List::size).sum();
    }

    public int sightingCount() {
        return sightings.values().stream().mapToInt(List::size).sum();
    }
}
