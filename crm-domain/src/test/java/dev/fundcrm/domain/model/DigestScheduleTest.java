package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final DigestSchedule schedule = new DigestSchedule(LocalTime.of(7, 30), LONDON);

    @Test
    void nothingIsDueBeforeTheLocalTimeAndTheDayIsDueFromItUntilMidnight() {
        assertThat(schedule.dueAt(Instant.parse("2026-11-25T07:29:59Z"))).isEmpty();
        assertThat(schedule.dueAt(Instant.parse("2026-11-25T07:30:00Z"))).contains(LocalDate.parse("2026-11-25"));
        assertThat(schedule.dueAt(Instant.parse("2026-11-25T23:59:59Z"))).contains(LocalDate.parse("2026-11-25"));
        assertThat(schedule.dueAt(Instant.parse("2026-11-26T00:00:00Z"))).isEmpty();
    }

    @Test
    void inSummerTheLocalTimeIsAnHourEarlierInUtc() {
        assertThat(schedule.sendingTime(LocalDate.parse("2026-07-01"))).isEqualTo(Instant.parse("2026-07-01T06:30:00Z"));
    }

    @Test
    void acrossTheSpringChangeTheDigestKeepsItsLocalTime() {
        assertThat(schedule.sendingTime(LocalDate.parse("2026-03-28"))).isEqualTo(Instant.parse("2026-03-28T07:30:00Z"));
        assertThat(schedule.sendingTime(LocalDate.parse("2026-03-29"))).isEqualTo(Instant.parse("2026-03-29T06:30:00Z"));
    }

    @Test
    void aTimeTheClocksSkipIsDueRightAfterTheGap() {
        DigestSchedule atOneThirty = new DigestSchedule(LocalTime.of(1, 30), LONDON);

        assertThat(atOneThirty.sendingTime(LocalDate.parse("2026-03-29")))
                .as("01:30 does not exist on 29 March in London; 02:30 BST is 01:30 UTC")
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aTimeThatOccursTwiceIsDueTheFirstTime() {
        DigestSchedule atOneThirty = new DigestSchedule(LocalTime.of(1, 30), LONDON);

        assertThat(atOneThirty.sendingTime(LocalDate.parse("2026-10-25")))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void theDayIsTheFundsLocalDayNotUtcs() {
        DigestSchedule tokyo = new DigestSchedule(LocalTime.of(7, 30), ZoneId.of("Asia/Tokyo"));

        assertThat(tokyo.dueAt(Instant.parse("2026-11-24T22:30:00Z"))).contains(LocalDate.parse("2026-11-25"));
    }
}
