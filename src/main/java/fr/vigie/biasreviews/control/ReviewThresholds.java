package fr.vigie.biasreviews.control;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * Overrides of the fairness defaults for one review; an absent field keeps the default (τ = 0.8, seismometer
 * limit 0.25, four-fifths 0.8, difference bands 0.05 / 0.10). When read back, every field is set: the values used.
 */
public class ReviewThresholds {

  /** Aequitas τ: a group is fair iff τ ≤ disparity ≤ 1/τ. */
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.bias.unitInterval}")
  @DecimalMax(value = "1", message = "{vigie.bias.unitInterval}")
  public Double aequitasTau;

  /** seismometer limit L: GOOD within [1/(1+L), 1+L], WARNING within [1/(1+2L), 1+2L]. */
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.bias.limit}")
  @DecimalMax(value = "10", message = "{vigie.bias.limit}")
  public Double seismometerLimit;

  /** Four-fifths rule: passes iff the demographic-parity ratio is at least this. */
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.bias.unitInterval}")
  @DecimalMax(value = "1", message = "{vigie.bias.unitInterval}")
  public Double fourFifths;

  /** Between-group difference from which the band is moderate. */
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.bias.unitInterval}")
  @DecimalMax(value = "1", message = "{vigie.bias.unitInterval}")
  public Double differenceModerate;

  /** Between-group difference from which the band is significant (at least the moderate one). */
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.bias.unitInterval}")
  @DecimalMax(value = "1", message = "{vigie.bias.unitInterval}")
  public Double differenceSignificant;

  /** The thresholds in force: these overrides over the registry defaults. */
  public ReviewThresholds effective() {
    FairnessThresholds d = FairnessThresholds.registryDefaults();
    ReviewThresholds e = new ReviewThresholds();
    e.aequitasTau = aequitasTau != null ? aequitasTau : d.aequitasTau();
    e.seismometerLimit = seismometerLimit != null ? seismometerLimit : d.seismometerLimit();
    e.fourFifths = fourFifths != null ? fourFifths : d.fourFifths();
    e.differenceModerate = differenceModerate != null ? differenceModerate : d.differenceBands().moderate();
    e.differenceSignificant =
        differenceSignificant != null ? differenceSignificant : d.differenceBands().significant();
    return e;
  }

  /** The core's thresholds for an effective set (see {@link #effective()}). */
  FairnessThresholds core(long minimumGroupSize) {
    return new FairnessThresholds(minimumGroupSize, aequitasTau, seismometerLimit, fourFifths,
        fr.vigie.platform.stats.SeverityBands.atLeast(differenceModerate, differenceSignificant));
  }
}
