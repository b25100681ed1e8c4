package fr.vigie.monitoring.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What needs doing: per owner of monitoring lines (sorted by name), the lines whose next check is overdue and the
 * unresolved alerts of their lines.
 */
public record MonitoringTodo(List<Owner> owners) {

  public record Owner(String owner, List<OverdueLine> overdueLines, List<AlertDto> unresolvedAlerts) {}

  /**
   * @param daysLate days since {@code nextDueOn} (at least 1: a check due today is not late)
   */
  public record OverdueLine(long lineId, String lineName, long aiSystemId, String aiSystemName, LocalDate nextDueOn,
      long daysLate) {}
}
