package fr.vigie.monitoring.entity;

import fr.vigie.platform.stats.Severity;

/** The severity of an alert: the highest severity among its breaching checks (never lowered while unresolved). */
public enum AlertSeverity {
  MODERATE,
  SIGNIFICANT;

  /** The alert severity of a check's severity; null when the check is no breach. */
  public static AlertSeverity of(Severity severity) {
    return switch (severity) {
      case MODERATE -> MODERATE;
      case SIGNIFICANT -> SIGNIFICANT;
      default -> null;
    };
  }
}
