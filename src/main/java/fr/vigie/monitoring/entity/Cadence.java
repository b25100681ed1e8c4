package fr.vigie.monitoring.entity;

import java.time.LocalDate;
import java.time.Period;

/** How often a line is checked; a period of this length follows the last checked one. */
public enum Cadence {
  WEEKLY(Period.ofWeeks(1)),
  MONTHLY(Period.ofMonths(1)),
  QUARTERLY(Period.ofMonths(3)),
  HALF_YEARLY(Period.ofMonths(6)),
  YEARLY(Period.ofYears(1));

  private final Period length;

  Cadence(Period length) {
    this.length = length;
  }

  public LocalDate after(LocalDate date) {
    return date.plus(length);
  }
}
