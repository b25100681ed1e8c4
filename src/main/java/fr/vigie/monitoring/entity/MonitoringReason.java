package fr.vigie.monitoring.entity;

/** Why a system's monitoring status is not green. */
public enum MonitoringReason {
  OPEN_SIGNIFICANT_ALERT,
  OPEN_MODERATE_ALERT,
  OVERDUE_LINE
}
