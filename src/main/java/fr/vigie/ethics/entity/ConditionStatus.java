package fr.vigie.ethics.entity;

/** Follow-up of a condition set by the committee. */
public enum ConditionStatus {
  OPEN,
  CLOSED
}
