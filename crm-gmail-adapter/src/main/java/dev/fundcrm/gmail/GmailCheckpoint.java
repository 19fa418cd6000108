package dev.fundcrm.gmail;

import dev.fundcrm.domain.model.Checkpoint;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Where a Gmail mailbox's capture stands, as stored in the domain's opaque {@link Checkpoint}.
 *
 * <ul>
 *   <li>{@code ""}: nothing listed yet; the first sync reads the profile's history id, then lists.</li>
 *   <li>{@code full:<historyId>:<estimate>:<pageToken>}: a first (or restarted) sync is listing the backfill;
 *       the next {@code messages.list} page is {@code pageToken}. {@code historyId} was read before the listing
 *       began, so history from there covers whatever arrived meanwhile.</li>
 *   <li>{@code history:<historyId>} or {@code history:<historyId>:<pageToken>}: incremental, from that history
 *       id, at that page of its {@code history.list}.</li>
 * </ul>
 */
sealed interface GmailCheckpoint {

    /** Nothing listed yet. */
    record Start() implements GmailCheckpoint {
        @Override
        public Checkpoint checkpoint() {
            return Checkpoint.START;
        }
    }

    /** Amid the backfill listing: the next page's token. */
    record Listing(BigInteger historyId, long estimatedTotal, String pageToken) implements GmailCheckpoint {
        public Listing {
            Objects.requireNonNull(historyId, "historyId");
            Objects.requireNonNull(pageToken, "pageToken");
        }

        @Override
        public Checkpoint checkpoint() {
            return new Checkpoint("full:" + historyId + ":" + estimatedTotal + ":" + pageToken);
        }
    }

    /** Incremental from a history id; {@code pageTokenOrNull} names a later page of the same walk. */
    record History(BigInteger historyId, String pageTokenOrNull) implements GmailCheckpoint {
        public History {
            Objects.requireNonNull(historyId, "historyId");
        }

        @Override
        public Checkpoint checkpoint() {
            return new Checkpoint("history:" + historyId + (pageTokenOrNull == null ? "" : ":" + pageTokenOrNull));
        }
    }

    Checkpoint checkpoint();

    /** @throws IllegalArgumentException if the checkpoint is no Gmail checkpoint (e.g. an mbox import's) */
    static GmailCheckpoint parse(Checkpoint checkpoint) {
        String value = checkpoint.value();
        if (value.isEmpty()) {
            return new Start();
        }
        try {
            if (value.startsWith("full:")) {
                String[] parts = value.substring("full:".length()).split(":", 3);
                if (parts.length == 3 && !parts[2].isEmpty()) {
                    return new Listing(historyId(parts[0]), Long.parseLong(parts[1]), parts[2]);
                }
            } else if (value.startsWith("history:")) {
                String[] parts = value.substring("history:".length()).split(":", 2);
                String pageToken = parts.length == 2 && !parts[1].isEmpty() ? parts[1] : null;
                if (parts.length == 1 || pageToken != null) {
                    return new History(historyId(parts[0]), pageToken);
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("not a Gmail checkpoint");
    }

    private static BigInteger historyId(String value) {
        BigInteger id = new BigInteger(value);
        if (id.signum() < 0) {
            throw new NumberFormatException("negative history id");
        }
        return id;
    }
}
