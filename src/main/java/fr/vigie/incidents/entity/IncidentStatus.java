package fr.vigie.incidents.entity;

/** OPEN → NOTIFIED → CLOSED (OPEN → CLOSED directly too); CLOSED is final. */
public enum IncidentStatus {
  OPEN,
  NOTIFIED,
  CLOSED;

  public boolean canBecome(IncidentStatus next) {
    return switch (this) {
      case OPEN -> next == NOTIFIED || next == CLOSED;
      case NOTIFIED -> next == CLOSED;
      case CLOSED -> false;
    };
  }
}
