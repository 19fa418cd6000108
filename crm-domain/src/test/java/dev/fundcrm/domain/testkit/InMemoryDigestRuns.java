package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.out.DigestRuns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The days' digest runs in memory. A claim or take-over counts as an attempt and clears the run's failure.
 * Marking a day that was never claimed is a programmer error ({@link UnknownRecordException}). Thread-safe:
 * every method is synchronized, so of concurrent claims exactly one wins.
 */
public final class InMemoryDigestRuns implements DigestRuns {

    private final Map<LocalDate, DigestRun> runs = new HashMap<>();

    @Override
    public synchronized boolean claim(LocalDate day, MessageId messageId, Instant at) {
        DigestRun existing = runs.get(day);
        if (existing != null && existing.status() != DigestRun.Status.FAILED) {
            return false;
        }
        int attempts = existing == null ? 1 : existing.attempts() + 1;
        runs.put(day, new DigestRun(day, DigestRun.Status.SENDING, messageId, "", "", attempts, at));
        return true;
    }

    @Override
    public synchronized boolean takeOver(LocalDate day, DigestRun.Status status, Instant updatedBefore, Instant at) {
        DigestRun run = runs.get(day);
        if (run == null || run.status() != status || !run.updatedAt().isBefore(updatedBefore)) {
            return false;
        }
        runs.put(day, new DigestRun(day, DigestRun.Status.SENDING, run.messageId(), "", "", run.attempts() + 1, at));
        return true;
    }

    @Override
    public synchronized void markDelivered(LocalDate day, String transport, Instant at) {
        DigestRun run = existing(day);
        runs.put(day, new DigestRun(day, DigestRun.Status.DELIVERED, run.messageId(), transport, "",
                run.attempts(), at));
    }

    @Override
    public synchronized void markFailed(LocalDate day, String reason, Instant at) {
        DigestRun run = existing(day);
        runs.put(day, new DigestRun(day, DigestRun.Status.FAILED, run.messageId(), "", reason, run.attempts(), at));
    }

    @Override
    public synchronized void markAuthenticationFailed(LocalDate day, String transports, String reason, Instant at) {
        DigestRun run = existing(day);
        runs.put(day, new DigestRun(day, DigestRun.Status.FAILED_AUTH, run.messageId(), transports, reason,
                run.attempts(), at));
    }

    @Override
    public synchronized Optional<DigestRun> find(LocalDate day) {
        return Optional.ofNullable(runs.get(day));
    }

    @Override
    public synchronized Optional<DigestRun> latest() {
        return runs.values().stream().max(Comparator.comparing(DigestRun::day));
    }

    private DigestRun existing(LocalDate day) {
        DigestRun run = runs.get(day);
        if (run == null) {
            throw new UnknownRecordException("digest run for " + day);
        }
        return run;
    }
}
