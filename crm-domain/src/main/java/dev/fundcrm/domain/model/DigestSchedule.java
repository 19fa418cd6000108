package dev.fundcrm.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When the daily digest is due: every day at a local time in the fund's time zone. On a day when the clocks
 * skip that time (spring forward) it is due at the first instant after the gap; on a day when the time
 * occurs twice (fall back) it is due at the first. Once due, a day stays due until midnight, so an instance
 * that was down at the hour sends the day's digest when it comes back.
 */
public record DigestSchedule(LocalTime at, ZoneId zone) {

    public DigestSchedule {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    /** The day whose digest is due at {@code now}, if the day's time has come. */
    public Optional<LocalDate> dueAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return now.isBefore(sendingTime(today)) ? Optional.empty() : Optional.of(today);
    }

    /** The instant the day's digest is due. */
    public Instant sendingTime(LocalDate day) {
        return ZonedDateTime.of(day, at, zone).toInstant();
    }
}
