package dev.fundcrm.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily digest's content, made locally from the stores: what was approved on the day before
 * {@code day} (in the fund's time zone), the review queue in all and by mailbox, LPs awaiting our reply, new
 * people at known organizations (matched by their address's domain) first seen that day, and each mailbox's
 * capture health.
 *
 * @param day the date the digest is for: it reports the activity of the previous day
 * @param approved by organization name (contacts without one last), then contact name
 * @param oldestPendingAge how long the oldest pending proposal has waited; zero when none is pending
 * @param pendingByMailbox the mailboxes with pending proposals, by address; a message seen in two mailboxes
 *     counts in both
 */
public record Digest(LocalDate day, List<ContactActivities> approved, long pendingCount, Duration oldestPendingAge,
                     List<MailboxQueue> pendingByMailbox, List<AwaitingReply> awaitingReply,
                     List<NewPerson> newPeople, List<MailboxHealth> syncHealth) {

    public Digest {
        Objects.requireNonNull(day, "day");
        approved = List.copyOf(approved);
        Objects.requireNonNull(oldestPendingAge, "oldestPendingAge");
        pendingByMailbox = List.copyOf(pendingByMailbox);
        awaitingReply = List.copyOf(awaitingReply);
        newPeople = List.copyOf(newPeople);
        syncHealth = List.copyOf(syncHealth);
    }

    /**
     * Nothing approved, nothing pending, nobody waiting or new, every mailbox captured: the digest says so in
     * one line.
     */
    public boolean isQuiet() {
        return approved.isEmpty() && pendingCount == 0 && awaitingReply.isEmpty() && newPeople.isEmpty()
                && syncHealth.stream().allMatch(health -> health.state().status() == SyncStatus.OK);
    }

    /** A contact (with its organization, null if none) and what was approved onto its record. */
    public record ContactActivities(Contact contact, Organization organizationOrNull, List<Activity> activities) {
        public ContactActivities {
            Objects.requireNonNull(contact, "contact");
            activities = List.copyOf(activities);
        }
    }

    /** A mailbox's share of the review queue. */
    public record MailboxQueue(Mailbox mailbox, long pending, Duration oldestAge) {
        public MailboxQueue {
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(oldestAge, "oldestAge");
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

    /**
     * Someone at a known organization's domain who is not a contact yet, as the message header named them;
     * {@code messages} counts the day's proposals naming them. Review decides who they are.
     */
    public record NewPerson(Organization organization, Participant participant, int messages) {
        public NewPerson {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(participant, "participant");
        }
    }

    /**
     * A mailbox's capture state, and how long its mail has gone uncaptured: the time since its last successful
     * sync when the last one failed (the domain can't count mail it has not listed), null when it never
     * succeeded, zero when the last sync succeeded.
     */
    public record MailboxHealth(SyncState state, Duration backlogOrNull) {
        public MailboxHealth {
            Objects.requireNonNull(state, "state");
        }

        public Optional<Duration> backlog() {
            return Optional.ofNullable(backlogOrNull);
        }
    }
}
