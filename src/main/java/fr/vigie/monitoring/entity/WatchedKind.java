package fr.vigie.monitoring.entity;

import fr.vigie.monitoring.entity.MonitoringMethod.Family;
import java.util.Set;

/** What a monitoring line watches, with the spec's default method and the method families that fit it. */
public enum WatchedKind {
  INPUT_DISTRIBUTION(MonitoringMethod.PSI, Set.of(Family.DISTRIBUTION)),
  OUTPUT_DISTRIBUTION(MonitoringMethod.PSI, Set.of(Family.DISTRIBUTION)),
  AUROC(MonitoringMethod.AUROC_BINNED, Set.of(Family.SCORES, Family.SERIES)),
  SENSITIVITY(MonitoringMethod.PROPORTION_CHANGE, Set.of(Family.PROPORTIONS, Family.RATE_SERIES, Family.SERIES)),
  SPECIFICITY(MonitoringMethod.PROPORTION_CHANGE, Set.of(Family.PROPORTIONS, Family.RATE_SERIES, Family.SERIES)),
  PPV(MonitoringMethod.PROPORTION_CHANGE, Set.of(Family.PROPORTIONS, Family.RATE_SERIES, Family.SERIES)),
  CALIBRATION_IN_THE_LARGE(MonitoringMethod.REFERENCE_STD, Set.of(Family.SERIES)),
  ANSWER_ACCEPTANCE_RATE(MonitoringMethod.P_CHART, Set.of(Family.RATE_SERIES, Family.PROPORTIONS, Family.SERIES)),
  REFUSAL_RATE(MonitoringMethod.P_CHART, Set.of(Family.RATE_SERIES, Family.PROPORTIONS, Family.SERIES)),
  THUMBS_DOWN_RATE(MonitoringMethod.P_CHART, Set.of(Family.RATE_SERIES, Family.PROPORTIONS, Family.SERIES)),
  UNGROUNDED_ANSWER_RATE(MonitoringMethod.P_CHART, Set.of(Family.RATE_SERIES, Family.PROPORTIONS, Family.SERIES)),
  CLINICIAN_OVERRIDE_RATE(MonitoringMethod.P_CHART, Set.of(Family.RATE_SERIES, Family.PROPORTIONS, Family.SERIES));

  private final MonitoringMethod defaultMethod;
  private final Set<Family> families;

  WatchedKind(MonitoringMethod defaultMethod, Set<Family> families) {
    this.defaultMethod = defaultMethod;
    this.families = families;
  }

  public MonitoringMethod defaultMethod() {
    return defaultMethod;
  }

  public boolean accepts(MonitoringMethod method) {
    return families.contains(method.family());
  }

  /** Whether the watched figure lies in [0, 1] (the reference-σ thresholds are clipped to it). */
  public boolean unitInterval() {
    return this != CALIBRATION_IN_THE_LARGE;
  }
}
