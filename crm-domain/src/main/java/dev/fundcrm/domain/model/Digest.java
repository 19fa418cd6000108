package dev.fundcrm.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The daily digest's content, made locally from the stores: what was approved on the day before
 * {@code day} (in the fund's time zone), the review queue, LPs awaiting our reply, and capture health.
 *
 * @param day the date the digest is for: it reports the activity of the previous day
 * @param oldestPendingAge how long the oldest pending proposal has waited; zero when none is pending
 */
public record Digest(LocalDate day, List<ContactActivities> approved, long pendingCount, Duration oldestPendingAge,
                     List<AwaitingReply> awaitingReply, List<SyncState> syncHealth) {

    public Digest {
        Objects.requireNonNull(day, "day");
        approved = List.copyOf(approved);
        Objects.requireNonNull(oldestPendingAge, "oldestPendingAge");
        awaitingReply = List.copyOf(awaitingReply);
        syncHealth = List.copyOf(syncHealth);
    }

    /** Nothing approved, nothing pending, nobody waiting: the digest says so in one line. */
    public boolean isQuiet() {
        return approved.isEmpty() && pendingCount == 0 && awaitingReply.isEmpty();
    }

    /** A contact (with its organization, null if none) and what was approved onto its record. */
    public record ContactActivities(Contact contact, Organization organizationOrNull, List<Activity> activities) {
        public ContactActivities {
            Objects.requireNonNull(contact, "contact");
            activities = List.copyOf(activities);
        }
    }

    /** An LP's message that no team mailbox has answered in its thread. */
    public record AwaitingReply(Contact contact, String subject, Instant receivedAt, long daysWaiting) {
        public AwaitingReply {
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(receivedAt, "receivedAt");
            subject = subject == null ? "" : subject;
        }
    }
}
