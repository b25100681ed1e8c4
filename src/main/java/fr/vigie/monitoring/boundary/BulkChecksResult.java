package fr.vigie.monitoring.boundary;

import java.util.List;

/**
 * The outcome of a bulk posting, one item per posted check in order: {@code created}, or {@code existing} when
 * the same data was already recorded for that line and period (a retry), with the recorded check.
 */
public record BulkChecksResult(List<Item> items) {

  public enum Outcome {
    CREATED,
    EXISTING
  }

  public record Item(int index, long lineId, Outcome outcome, MonitoringCheckDto check) {}
}
