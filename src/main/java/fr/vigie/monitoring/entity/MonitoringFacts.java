package fr.vigie.monitoring.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an AI system's monitoring status is computed from: whether it has monitoring lines, the earliest due date
 * of their next checks and the severities of its unresolved alerts. Only "overdue" depends on the day, so the
 * register's read model keeps these facts and computes the status for today at query time.
 *
 * @param earliestNextDue the earliest {@code next_due_on} of the system's lines (null without lines)
 */
public record MonitoringFacts(
    boolean hasLines, LocalDate earliestNextDue, boolean significantAlert, boolean moderateAlert) {

  public static final MonitoringFacts NONE = new MonitoringFacts(false, null, false, false);

  private static final MonitoringStatus NO_LINES = new MonitoringStatus(MonitoringLevel.NONE, List.of());
  private static final MonitoringStatus GREEN = new MonitoringStatus(MonitoringLevel.GREEN, List.of());

  /** A line is overdue when today is after its next check's due date (as {@code MonitoringLineDto.overdue}). */
  public boolean overdue(LocalDate today) {
    return earliestNextDue != null && today.isAfter(earliestNextDue);
  }

  public MonitoringStatus status(LocalDate today) {
    List<MonitoringReason> reasons = new ArrayList<>(3);
    if (significantAlert) {
      reasons.add(MonitoringReason.OPEN_SIGNIFICANT_ALERT);
    }
    if (moderateAlert) {
      reasons.add(MonitoringReason.OPEN_MODERATE_ALERT);
    }
    if (overdue(today)) {
      reasons.add(MonitoringReason.OVERDUE_LINE);
    }
    if (reasons.isEmpty()) {
      return hasLines ? GREEN : NO_LINES;
    }
    return new MonitoringStatus(significantAlert ? MonitoringLevel.RED : MonitoringLevel.ORANGE, reasons);
  }

  /** The level alone (what the list filter compares). */
  public MonitoringLevel level(LocalDate today) {
    if (significantAlert) {
      return MonitoringLevel.RED;
    }
    if (moderateAlert || overdue(today)) {
      return MonitoringLevel.ORANGE;
    }
    return hasLines ? MonitoringLevel.GREEN : MonitoringLevel.NONE;
  }
}
