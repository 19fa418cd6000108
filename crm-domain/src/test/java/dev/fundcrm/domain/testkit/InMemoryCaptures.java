package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.port.out.Captures;
import dev.fundcrm.domain.port.out.Messages;
import dev.fundcrm.domain.port.out.Proposals;
import dev.fundcrm.domain.port.out.Transactions;

/**
 * Writes a capture batch row by row through the {@link Messages} and {@link Proposals} it is given, inside
 * their {@link Transactions}. Any stores that keep those ports' promises make it keep its own. Thread-safe
 * if they are.
 */
public final class InMemoryCaptures implements Captures {

    private final Transactions transactions;
    private final Messages messages;
    private final Proposals proposals;

    public InMemoryCaptures(Transactions transactions, Messages messages, Proposals proposals) {
        this.transactions = transactions;
        this.messages = messages;
        this.proposals = proposals;
    }

    @Override
    public int store(CaptureBatch batch) {
        return transactions.inTransaction(() -> {
            batch.skipped().forEach(seen -> messages.recordSighting(seen.key(), seen.ref(), seen.disposition()));
            batch.quarantined().forEach(messages::quarantine);
            int created = 0;
            for (CaptureBatch.Captured captured : batch.captured()) {
                if (captured.contentOrNull() != null) {
                    messages.storeContent(captured.key(), captured.contentOrNull());
                }
                for (Proposal proposal : captured.proposals()) {
                    created += proposals.addIfAbsent(proposal) ? 1 : 0;
                }
                messages.recordSighting(captured.key(), captured.ref(), Disposition.CAPTURED);
            }
            return created;
        });
    }
}
