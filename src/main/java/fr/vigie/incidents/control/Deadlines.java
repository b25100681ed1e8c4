package fr.vigie.incidents.control;

import fr.vigie.incidents.entity.DeadlineUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Reporting deadlines from the awareness instant (docs/computations.md, "Incident reporting deadlines").
 * HOURS are elapsed hours (72 h is 259,200 s whatever the clocks do). DAYS are calendar days on the Europe/Paris
 * wall clock: the same local time N days later ({@code ZonedDateTime.plusDays}), so across a change of time the
 * interval is N×24 h ± 1 h; a local time that does not exist that day (spring gap) moves forward by the gap, and
 * of an ambiguous one (autumn overlap) the offset of the awareness is kept where valid. Amount 0 means
 * "immediately / sans délai": due at awareness. No amount: no deadline in the text (null).
 */
public final class Deadlines {

  public static final ZoneId HOSPITAL_ZONE = ZoneId.of("Europe/Paris");
  /** A TO_DO duty is due soon when its deadline falls within this window from now (docs/computations.md). */
  public static final Duration DUE_SOON = Duration.ofHours(48);

  private Deadlines() {}

  public static Instant due(Instant awareAt, Integer amount, DeadlineUnit unit) {
    if (amount == null || unit == null) {
      return null;
    }
    if (amount < 0) {
      throw new IllegalArgumentException("a deadline is not negative");
    }
    return switch (unit) {
      case HOURS -> awareAt.plus(Duration.ofHours(amount));
      case DAYS -> awareAt.atZone(HOSPITAL_ZONE).plusDays(amount).toInstant();
    };
  }

  /** Overdue: its deadline has passed (strictly before now). */
  public static boolean overdue(Instant deadline, Instant now) {
    return deadline != null && deadline.isBefore(now);
  }

  /** Due soon: not overdue, and due before now + 48 h (inclusive of now, exclusive of the end). */
  public static boolean dueSoon(Instant deadline, Instant now) {
    return deadline != null && !deadline.isBefore(now) && deadline.isBefore(now.plus(DUE_SOON));
  }
}
