package fr.vigie.monitoring.control;

import fr.vigie.monitoring.entity.AlertStatus;
import java.util.Set;

/** Which alerts a list shows: one status, or {@code UNRESOLVED} for the open and acknowledged ones. */
public enum AlertStatusFilter {
  OPEN(Set.of(AlertStatus.OPEN)),
  ACKNOWLEDGED(Set.of(AlertStatus.ACKNOWLEDGED)),
  RESOLVED(Set.of(AlertStatus.RESOLVED)),
  UNRESOLVED(Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED));

  private final Set<AlertStatus> statuses;

  AlertStatusFilter(Set<AlertStatus> statuses) {
    this.statuses = statuses;
  }

  public Set<AlertStatus> statuses() {
    return statuses;
  }
}
