package fr.vigie.monitoring.control;

import fr.vigie.monitoring.entity.MonitoringLine;
import fr.vigie.monitoring.entity.MonitoringMethod;
import fr.vigie.monitoring.entity.MonitoringMethod.Family;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.SeverityBands;

/**
 * A line's thresholds. As set on a line, {@code null} means the spec default; {@link #effective} fills the defaults
 * in and leaves {@code null} what the method does not use.
 *
 * @param moderate band boundary of the moderate severity: a distance (value &ge; boundary) or a p-value (p &lt;
 *     boundary), by method
 * @param significant band boundary of the significant severity, same reading
 * @param stdMultiplier k of the reference mean ± k·σ thresholds (NannyML, 3)
 * @param cusumK CUSUM allowance k in σ (0.5)
 * @param cusumH CUSUM decision interval h in σ (5)
 * @param ewmaLambda EWMA weight λ (0.2)
 * @param limitWidth L of the EWMA and p-chart limits (3)
 * @param contractualFloor value agreed at validation below which a performance figure is significant (none)
 */
public record LineThresholds(
    Double moderate,
    Double significant,
    Double stdMultiplier,
    Double cusumK,
    Double cusumH,
    Double ewmaLambda,
    Double limitWidth,
    Double contractualFloor) {

  public static final LineThresholds NONE = new LineThresholds(null, null, null, null, null, null, null, null);

  public static LineThresholds of(MonitoringLine line) {
    return new LineThresholds(line.getModerateThreshold(), line.getSignificantThreshold(), line.getStdMultiplier(),
        line.getCusumK(), line.getCusumH(), line.getEwmaLambda(), line.getLimitWidth(), line.getContractualFloor());
  }

  public void applyTo(MonitoringLine line) {
    line.setModerateThreshold(moderate);
    line.setSignificantThreshold(significant);
    line.setStdMultiplier(stdMultiplier);
    line.setCusumK(cusumK);
    line.setCusumH(cusumH);
    line.setEwmaLambda(ewmaLambda);
    line.setLimitWidth(limitWidth);
    line.setContractualFloor(contractualFloor);
  }

  /**
   * The thresholds in force for {@code method}: overrides, else the spec defaults; parameters the method does not
   * use are {@code null}. Refuses (field {@code thresholds.*}) an override outside its range, bands in the wrong
   * order, and a method without a spec band (KL, L∞) whose bands are not both given.
   */
  public LineThresholds effective(MonitoringMethod method) {
    Double mod = null;
    Double sig = null;
    if (method.banded()) {
      mod = moderate != null ? moderate : method.defaultModerate();
      sig = significant != null ? significant : method.defaultSignificant();
      if (mod == null || sig == null) {
        throw refuse(InvalidInputReason.MISSING_VALUE, mod == null ? "moderate" : "significant",
            "the spec gives no default band for " + method + ": set both thresholds.moderate and"
                + " thresholds.significant");
      }
      try {
        if (method.pValueBands()) {
          requireOpenUnit("moderate", mod);
          requireOpenUnit("significant", sig);
          SeverityBands.below(mod, sig);
        } else {
          requireNonNegative("moderate", mod);
          requireNonNegative("significant", sig);
          SeverityBands.atLeast(mod, sig);
        }
      } catch (InvalidStatisticsInputException e) {
        throw e.field().startsWith("thresholds.") ? e
            : refuse(InvalidInputReason.INVALID_PARAMETER, "significant", e.getMessage());
      }
    }
    Double multiplier = method == MonitoringMethod.REFERENCE_STD ? orDefault(stdMultiplier, 3.0) : null;
    Double k = method == MonitoringMethod.CUSUM ? orDefault(cusumK, 0.5) : null;
    Double h = method == MonitoringMethod.CUSUM ? orDefault(cusumH, 5.0) : null;
    Double lambda = method == MonitoringMethod.EWMA ? orDefault(ewmaLambda, 0.2) : null;
    Double width = method == MonitoringMethod.EWMA || method == MonitoringMethod.P_CHART
        ? orDefault(limitWidth, 3.0) : null;
    Double floor = method.family() == Family.SERIES || method == MonitoringMethod.AUROC_BINNED
        ? contractualFloor : null;
    if (multiplier != null) {
      requireNonNegative("stdMultiplier", multiplier);
    }
    if (k != null) {
      requireNonNegative("cusumK", k);
      requirePositive("cusumH", h);
    }
    if (lambda != null && !(lambda > 0 && lambda <= 1)) {
      throw refuse(InvalidInputReason.INVALID_PARAMETER, "ewmaLambda", "λ must lie in (0, 1], got " + lambda);
    }
    if (width != null) {
      requirePositive("limitWidth", width);
    }
    return new LineThresholds(mod, sig, multiplier, k, h, lambda, width, floor);
  }

  /** The severity bands of a banded method (call on effective thresholds). */
  public SeverityBands bands(MonitoringMethod method) {
    return method.pValueBands() ? SeverityBands.below(moderate, significant)
        : SeverityBands.atLeast(moderate, significant);
  }

  private static Double orDefault(Double value, double fallback) {
    return value != null ? value : fallback;
  }

  private static void requireOpenUnit(String field, double value) {
    if (!(value > 0 && value < 1)) {
      throw refuse(InvalidInputReason.INVALID_PARAMETER, field, "a p-value boundary must lie in (0, 1), got "
          + value);
    }
  }

  private static void requireNonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw refuse(InvalidInputReason.INVALID_PARAMETER, field, "must be a finite number >= 0, got " + value);
    }
  }

  private static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw refuse(InvalidInputReason.INVALID_PARAMETER, field, "must be a finite number > 0, got " + value);
    }
  }

  private static InvalidStatisticsInputException refuse(InvalidInputReason reason, String field, String message) {
    return new InvalidStatisticsInputException(reason, "thresholds." + field, message);
  }
}
