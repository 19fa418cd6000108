package dev.fundcrm.domain.port.in;

import java.util.Optional;

/**
 * The scheduler's digest tick: if today's digest is due (see {@code DigestSchedule}) and not yet delivered,
 * deliver it. Safe to call as often as the scheduler likes, from any number of instances: the day's run
 * record lets one digest out per day.
 */
public interface DeliverDueDigest {

    /** What sending did, or empty when no digest is due yet today. */
    Optional<SendDailyDigest.Outcome> tick();
}
