package fr.vigie.platform.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates a request may carry: from 1900-01-01 to 2200-12-31 (UTC for instants). Outside it a
 * date is a typo, and it would be shifted by the Julian/Gregorian change (1582) or overflow the
 * database and spreadsheet date types. Checked for every LocalDate and Instant of every request
 * body by the JSON reader (see {@code JsonConfiguration}), so no field can forget it.
 */
public final class DateRange {

  public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  public static final LocalDate MAX = LocalDate.of(2200, 12, 31);

  private DateRange() {}

  public static boolean accepts(Object value) {
    if (value instanceof LocalDate date) {
      return !date.isBefore(MIN) && !date.isAfter(MAX);
    }
    if (value instanceof Instant instant) {
      return accepts(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }
    return true;
  }
}
