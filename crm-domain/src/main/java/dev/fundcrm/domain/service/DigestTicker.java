package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.DigestSchedule;
import dev.fundcrm.domain.port.in.DeliverDueDigest;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import java.time.Clock;
import java.util.Optional;

/** Sends the day's digest once its time has come; the daily send itself keeps it to one per day. */
public final class DigestTicker implements DeliverDueDigest {

    private final DigestSchedule schedule;
    private final SendDailyDigest digest;
    private final Clock clock;

    public DigestTicker(DigestSchedule schedule, SendDailyDigest digest, Clock clock) {
        this.schedule = schedule;
        this.digest = digest;
        this.clock = clock;
    }

    @Override
    public Optional<SendDailyDigest.Outcome> tick() {
        return schedule.dueAt(clock.instant()).map(digest::send);
    }
}
