package dev.fundcrm.persistence;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.port.out.Captures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A sync page in one transaction, one JDBC batch per table: the cost of a page is a handful of round trips,
 * not one per row. Rows already there are left alone (the inserts ignore conflicts), so writing a page
 * again after a crash changes nothing. Thread-safe.
 */
final class JdbiCaptures implements Captures {

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
            Rows.QUARANTINED.execute(handle, batch.quarantined());
            return created;
        }));
    }

    private static void storeContent(Handle handle, List<CaptureBatch.Captured> captured) {
        List<Rows.Content> contents = captured.stream().filter(c -> c.contentOrNull() != null)
                .map(c -> new Rows.Content(c.key(), c.contentOrNull())).toList();
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
        List<Proposal> proposals = captured.stream().flatMap(message -> message.proposals().stream()).toList();
        return Arrays.stream(Rows.PROPOSALS.execute(handle, proposals)).map(count -> Math.max(count, 0)).sum();
    }

    private static void storeSightings(Handle handle, CaptureBatch batch) {
        List<CaptureBatch.Sighting> sightings = new ArrayList<>(batch.skipped());
        batch.captured().forEach(c -> sightings.add(new CaptureBatch.Sighting(c.key(), c.ref(), Disposition.CAPTURED)));
        Rows.SIGHTINGS.execute(handle, sightings);
    }
}
