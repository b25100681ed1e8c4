package fr.vigie.monitoring.entity;

/**
 * How a line's checks are computed: every method of the computation core ({@code monitoring.control}). The
 * family says which summary data a check carries; the default thresholds are those of the spec (§2, §4.3, §6).
 */
public enum MonitoringMethod {
  PSI(Family.DISTRIBUTION, 0.10, 0.25),
  KULLBACK_LEIBLER(Family.DISTRIBUTION, null, null),
  JENSEN_SHANNON(Family.DISTRIBUTION, 0.10, 0.20),
  HELLINGER(Family.DISTRIBUTION, 0.15, 0.40),
  L_INFINITY(Family.DISTRIBUTION, null, null),
  WASSERSTEIN(Family.DISTRIBUTION, 0.10, 0.20),
  KOLMOGOROV_SMIRNOV(Family.DISTRIBUTION, 0.15, 0.05),
  CHI_SQUARE_GOODNESS_OF_FIT(Family.DISTRIBUTION, 0.15, 0.05),
  CHI_SQUARE_CONTINGENCY(Family.DISTRIBUTION, 0.15, 0.05),
  TWO_PROPORTION_Z(Family.DISTRIBUTION, 0.15, 0.05),
  REFERENCE_STD(Family.SERIES, null, null),
  CUSUM(Family.SERIES, null, null),
  EWMA(Family.SERIES, null, null),
  WESTERN_ELECTRIC(Family.SERIES, null, null),
  AUROC_BINNED(Family.SCORES, 0.15, 0.05),
  PROPORTION_CHANGE(Family.PROPORTIONS, 0.15, 0.05),
  P_CHART(Family.RATE_SERIES, null, null);

  /** The shape of a check's summary data. */
  public enum Family {
    /** Bin edges or categories with counts, reference and current period. */
    DISTRIBUTION,
    /** One value per period, with a reference window. */
    SERIES,
    /** Score-bin counts of positives and negatives, reference and current period. */
    SCORES,
    /** Events and total in a reference and a current period. */
    PROPORTIONS,
    /** Events and total per period. */
    RATE_SERIES
  }

  private final Family family;
  private final Double defaultModerate;
  private final Double defaultSignificant;

  MonitoringMethod(Family family, Double defaultModerate, Double defaultSignificant) {
    this.family = family;
    this.defaultModerate = defaultModerate;
    this.defaultSignificant = defaultSignificant;
  }

  public Family family() {
    return family;
  }

  /** Whether the severity bands are p-values (lower is worse) rather than distances. */
  public boolean pValueBands() {
    return defaultModerate != null && defaultModerate > defaultSignificant;
  }

  /** Whether the method is classified with two band boundaries (moderate, significant). */
  public boolean banded() {
    return family == Family.DISTRIBUTION || family == Family.SCORES || family == Family.PROPORTIONS;
  }

  public Double defaultModerate() {
    return defaultModerate;
  }

  public Double defaultSignificant() {
    return defaultSignificant;
  }
}
