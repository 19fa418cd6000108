package dev.fundcrm.persistence;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.port.out.Captures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

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
            Rows.QUARANTINED.execute(handle, batch.quarantined().stream()
                    .sorted(Comparator.comparing(Quarantined::ref, COPY_ORDER)).toList());
            return created;
        }));
    }

    private static void storeContent(Handle handle, List<CaptureBatch.Captured> captured) {
        List<Rows.Content> contents = captured.stream()
                .filter(c -> c.contentOrNull() != null)
                .sorted(Comparator.comparing(c -> c.key().value()))
                .map(c -> new Rows.Content(c.key(), c.contentOrNull()))
                .toList();
        int[] inserted = Rows.MESSAGES.execute(handle, contents);
        List<Rows.Content> first = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            // A message another copy stored first (or a duplicate within the page) already has its parts.
            if (inserted[i] > 0) {
                first.add(contents.get(i));
            }
        }
        Rows.insertParts(handle, first);
    }

    private static int storeProposals(Handle handle, List<CaptureBatch.Captured> captured) {
        List<Proposal> proposals = captured.stream()
                .flatMap(message -> message.proposals().stream())
                .sorted(Comparator.comparing(Proposal::id, Comparator.comparing(ProposalId::value)))
                .toList();
        return Arrays.stream(Rows.PROPOSALS.execute(handle, proposals)).map(count -> Math.max(count, 0)).sum();
    }

    private static void storeSightings(Handle handle, CaptureBatch batch) {
        List<CaptureBatch.Sighting> sightings = Stream.concat(batch.skipped().stream(), batch.captured().stream()
                        .map(c -> new CaptureBatch.Sighting(c.key(), c.ref(), Disposition.CAPTURED)))
                .sorted(Comparator.comparing(CaptureBatch.Sighting::ref, COPY_ORDER))
                .toList();
        Rows.SIGHTINGS.execute(handle, sightings);
    }
}
