package fr.vigie.aisystems.entity;

/** How far the system's output acts by itself: information only, decision support, or automated decision. */
public enum AutomationLevel {
  INFORMATION,
  DECISION_SUPPORT,
  AUTOMATED_DECISION
}
