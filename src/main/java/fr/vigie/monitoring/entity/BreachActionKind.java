package fr.vigie.monitoring.entity;

/** What the owner does when a line's threshold is crossed. */
public enum BreachActionKind {
  INFORM,
  INVESTIGATE,
  SUSPEND_USE,
  RETRAIN_RECALIBRATE,
  DECOMMISSION
}
