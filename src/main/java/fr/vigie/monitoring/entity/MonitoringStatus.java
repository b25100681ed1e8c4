package fr.vigie.monitoring.entity;

import java.util.List;

/** The monitoring status of an AI system and why it is not green (empty for green and none). */
public record MonitoringStatus(MonitoringLevel level, List<MonitoringReason> reasons) {

  public MonitoringStatus {
    reasons = List.copyOf(reasons);
  }
}
