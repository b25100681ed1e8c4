package fr.vigie.monitoring.entity;

/** Where an alert stands: opened by a breach, taken in hand by someone, closed with the action taken. */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED
}
