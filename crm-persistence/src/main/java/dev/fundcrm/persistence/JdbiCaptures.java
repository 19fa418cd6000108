package dev.fundcrm.persistence;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.port.out.Captures;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A sync page in one transaction, one JDBC batch per table: the cost of a page is a handful of round trips,
 * not one per row. Rows already there are left alone (the inserts ignore conflicts), so writing a page
 * again after a crash changes nothing. Thread-safe.
 *
 * <p>Each table's rows are written in key order. An insert that meets a row another transaction inserted and
 * has not committed waits for that transaction; two pages holding the same messages in different orders (one
 * message in two team mailboxes, synced by two instances) would otherwise each wait for the other: a deadlock,
 * which PostgreSQL breaks by failing one of them and H2 only by its lock timeout. In one order, the later
 * transaction just waits for the earlier one, then finds the rows there and leaves them alone.
 */
final class JdbiCaptures implements Captures {

    /** The order of the sightings' and quarantine's primary key, (mailbox, Gmail id). */
    private static final Comparator<MessageRef> COPY_ORDER = Comparator
            .comparing((MessageRef ref) -> ref.mailbox().toString())
            .thenComparing(ref -> ref.messageId().value());

    private final Jdbi jdbi;

    JdbiCaptures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int store(CaptureBatch batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return Failures.translate("store a capture batch", () -> jdbi.inTransaction(handle -> {
            storeContent(handle, batch.captured());
            int created = storeProposals(handle, batch.captured());
            storeSightings(handle, batch);
            storeQuarantined(handle, batch.quarantined());
            return created;
        }));
    }

    private static void storeContent(Handle handle, List<CaptureBatch.Captured> captured) {
        List<CaptureBatch.Captured> withContent = captured.stream()
                .filter(c -> c.contentOrNull() != null)
                .sorted(Comparator.comparing(c -> c.key().value()))
                .toList();
        if (withContent.isEmpty()) {
            return;
        }
        PreparedBatch messages = handle.prepareBatch(Rows.INSERT_MESSAGE);
        withContent.forEach(c -> Rows.message(messages, c.key(), c.contentOrNull()).add());
        int[] inserted = messages.execute();
        PreparedBatch participants = handle.prepareBatch(Rows.INSERT_PARTICIPANT);
        PreparedBatch attachments = handle.prepareBatch(Rows.INSERT_ATTACHMENT);
        for (int i = 0; i < inserted.length; i++) {
            // A message another copy stored first (or a duplicate within the page) already has its parts.
            if (inserted[i] > 0) {
                Rows.parts(participants, attachments, withContent.get(i).key(), withContent.get(i).contentOrNull());
            }
        }
        executeIfAny(participants);
        executeIfAny(attachments);
    }

    private static int storeProposals(Handle handle, List<CaptureBatch.Captured> captured) {
        PreparedBatch proposals = handle.prepareBatch(Rows.INSERT_PROPOSAL);
        captured.stream()
                .flatMap(message -> message.proposals().stream())
                .sorted(Comparator.comparing(Proposal::id, Comparator.comparing(ProposalId::value)))
                .forEach(proposal -> Rows.proposal(proposals, proposal).add());
        return Arrays.stream(executeIfAny(proposals)).map(count -> Math.max(count, 0)).sum();
    }

    private static void storeSightings(Handle handle, CaptureBatch batch) {
        PreparedBatch sightings = handle.prepareBatch(Rows.INSERT_SIGHTING);
        Stream.concat(batch.skipped().stream(), batch.captured().stream()
                        .map(c -> new CaptureBatch.Sighting(c.key(), c.ref(), Disposition.CAPTURED)))
                .sorted(Comparator.comparing(CaptureBatch.Sighting::ref, COPY_ORDER))
                .forEach(seen -> Rows.sighting(sightings, seen.key(), seen.ref(), seen.disposition()).add());
        executeIfAny(sightings);
    }

    private static void storeQuarantined(Handle handle, List<Quarantined> quarantined) {
        PreparedBatch rows = handle.prepareBatch(Rows.INSERT_QUARANTINED);
        quarantined.stream()
                .sorted(Comparator.comparing(Quarantined::ref, COPY_ORDER))
                .forEach(message -> Rows.quarantined(rows, message).add());
        executeIfAny(rows);
    }

    private static int[] executeIfAny(PreparedBatch batch) {
        return batch.size() == 0 ? new int[0] : batch.execute();
    }
}
