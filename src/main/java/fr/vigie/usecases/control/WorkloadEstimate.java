package fr.vigie.usecases.control;

import fr.vigie.usecases.entity.Volumetry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The time a use case would free each year, from its volumetry (docs/computations.md, "Use-case
 * estimate"):
 *
 * <pre>
 * tasks/year        = volume × periods per year (DAY 365, WEEK 52, MONTH 12, YEAR 1)
 * saved min/task    = minutes before − minutes after − review minutes − rework% / 100 × minutes before
 * hours/year        = tasks/year × saved min/task / 60            (rounded half-up to 0.1 h)
 * FTE/year          = hours/year (unrounded) / 1,607              (rounded half-up to 0.01)
 * </pre>
 *
 * A task redone by hand (rework) costs its full time of today again; review and rework may make the
 * saving negative, and the estimate then says so rather than hiding it.
 *
 * @param tasksPerYear volume × periods per year
 * @param savedMinutesPerTask exact
 * @param hoursPerYear rounded to 0.1
 * @param ftePerYear rounded to 0.01
 */
public record WorkloadEstimate(
    BigDecimal tasksPerYear, BigDecimal savedMinutesPerTask, BigDecimal hoursPerYear, BigDecimal ftePerYear) {

  /** Annual hours of one full-time equivalent in the French public hospital service (35 h regime). */
  public static final BigDecimal FTE_HOURS = BigDecimal.valueOf(1607);

  public static final String FORMULA =
      "hoursPerYear = volume × periodsPerYear × (minutesBefore − minutesAfter − reviewMinutes"
          + " − reworkRatePercent / 100 × minutesBefore) / 60; ftePerYear = hoursPerYear / 1607";

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The estimate, or empty while volume, period, minutes before or minutes after is missing. */
  public static Optional<WorkloadEstimate> of(Volumetry v) {
    if (v == null || !v.complete()) {
      return Optional.empty();
    }
    BigDecimal rework = v.getReworkRatePercent() == null ? BigDecimal.ZERO : v.getReworkRatePercent();
    BigDecimal review = v.getReviewMinutes() == null ? BigDecimal.ZERO : v.getReviewMinutes();
    BigDecimal tasks = BigDecimal.valueOf(v.getVolume()).multiply(BigDecimal.valueOf(v.getPeriod().perYear()));
    BigDecimal saved = v.getMinutesBefore()
        .subtract(v.getMinutesAfter())
        .subtract(review)
        .subtract(rework.multiply(v.getMinutesBefore()).divide(HUNDRED));
    BigDecimal hours = tasks.multiply(saved).divide(SIXTY, MathContext.DECIMAL64);
    BigDecimal fte = hours.divide(FTE_HOURS, MathContext.DECIMAL64);
    return Optional.of(new WorkloadEstimate(tasks, saved.stripTrailingZeros(),
        hours.setScale(1, RoundingMode.HALF_UP), fte.setScale(2, RoundingMode.HALF_UP)));
  }
}
