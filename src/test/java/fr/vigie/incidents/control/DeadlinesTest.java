package fr.vigie.incidents.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.incidents.entity.DeadlineUnit;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Deadlines computed by hand (Paris changes of time: 29 Mar and 25 Oct 2026, 26 Mar and 29 Oct 2028). */
class DeadlinesTest {

  static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void hoursAreElapsedHoursEvenAcrossTheSpringChange() {
    // 27 Mar 2026 15:00 CET = 14:00Z; + 72 h = 30 Mar 14:00Z, which reads 16:00 CEST on the Paris clock.
    assertThat(Deadlines.due(at("2026-03-27T15:00+01:00"), 72, DeadlineUnit.HOURS))
        .isEqualTo(Instant.parse("2026-03-30T14:00:00Z"));
  }

  @Test
  void hoursAcrossTheAutumnChangeEndOneHourEarlierOnTheWallClock() {
    // 23 Oct 2026 10:00 CEST = 08:00Z; + 72 h = 26 Oct 08:00Z = 09:00 CET.
    assertThat(Deadlines.due(at("2026-10-23T10:00+02:00"), 72, DeadlineUnit.HOURS))
        .isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
  }

  @Test
  void daysKeepTheParisWallClockAcrossTheAutumnChange() {
    // 20 Oct 2028 09:30 CEST (07:30Z) + 15 calendar days = 4 Nov 2028 09:30 CET = 08:30Z (15 × 24 h + 1 h).
    assertThat(Deadlines.due(at("2028-10-20T09:30+02:00"), 15, DeadlineUnit.DAYS))
        .isEqualTo(Instant.parse("2028-11-04T08:30:00Z"));
  }

  @Test
  void daysKeepTheParisWallClockAcrossTheSpringChange() {
    // 20 Mar 2028 08:00 CET (07:00Z) + 10 days = 30 Mar 2028 08:00 CEST = 06:00Z (10 × 24 h − 1 h).
    assertThat(Deadlines.due(at("2028-03-20T08:00+01:00"), 10, DeadlineUnit.DAYS))
        .isEqualTo(Instant.parse("2028-03-30T06:00:00Z"));
  }

  @Test
  void daysWithoutAChangeOfTimeAreWholeDaysAndCrossMidnightAsTheClockDoes() {
    // 1 Sep 2028 23:30 CEST (21:30Z) + 2 days = 3 Sep 23:30 CEST = 21:30Z.
    assertThat(Deadlines.due(at("2028-09-01T23:30+02:00"), 2, DeadlineUnit.DAYS))
        .isEqualTo(Instant.parse("2028-09-03T21:30:00Z"));
  }

  @Test
  void aLocalTimeInTheSpringGapMovesForwardByTheGap() {
    // 24 Mar 2028 02:30 CET (01:30Z) + 2 days = 26 Mar 02:30, which does not exist: 03:30 CEST = 01:30Z.
    assertThat(Deadlines.due(at("2028-03-24T02:30+01:00"), 2, DeadlineUnit.DAYS))
        .isEqualTo(Instant.parse("2028-03-26T01:30:00Z"));
  }

  @Test
  void anAmbiguousAutumnLocalTimeKeepsTheAwarenessOffset() {
    // 27 Oct 2028 02:30 CEST (00:30Z) + 2 days = 29 Oct 02:30, which happens twice: the CEST one, 00:30Z.
    assertThat(Deadlines.due(at("2028-10-27T02:30+02:00"), 2, DeadlineUnit.DAYS))
        .isEqualTo(Instant.parse("2028-10-29T00:30:00Z"));
  }

  @Test
  void immediatelyIsDueAtAwarenessAndNoAmountIsNoDeadline() {
    Instant aware = at("2026-11-11T14:20+01:00");
    assertThat(Deadlines.due(aware, 0, DeadlineUnit.HOURS)).isEqualTo(aware);
    assertThat(Deadlines.due(aware, null, null)).isNull();
  }

  @Test
  void overdueOnceTheDeadlineHasPassedAndDueSoonWithinFortyEightHours() {
    Instant now = Instant.parse("2026-12-01T12:00:00Z");
    assertThat(Deadlines.overdue(Instant.parse("2026-12-01T11:59:59Z"), now)).isTrue();
    assertThat(Deadlines.overdue(now, now)).isFalse();
    assertThat(Deadlines.dueSoon(now, now)).isTrue();
    assertThat(Deadlines.dueSoon(Instant.parse("2026-12-03T11:59:59Z"), now)).isTrue();
    assertThat(Deadlines.dueSoon(Instant.parse("2026-12-03T12:00:00Z"), now)).isFalse();
    assertThat(Deadlines.dueSoon(null, now)).isFalse();
    assertThat(Deadlines.overdue(null, now)).isFalse();
  }
}
