package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.LineThresholds;
import fr.vigie.monitoring.entity.BreachActionKind;
import fr.vigie.monitoring.entity.Cadence;
import fr.vigie.monitoring.entity.MonitoringMethod;
import fr.vigie.monitoring.entity.WatchedKind;
import fr.vigie.platform.crud.Versioned;
import java.time.LocalDate;

/**
 * A line of an AI system's monitoring plan.
 *
 * @param thresholds the overrides set on the line (null: spec default)
 * @param effectiveThresholds the thresholds in force for the method
 * @param lastPeriodEnd end of the latest checked period, null before the first check
 * @param nextDue the date by which the next check is due (docs/computations.md, "Monitoring lines")
 * @param overdue true when today is after {@code nextDue}
 */
public record MonitoringLineDto(
    long id,
    long aiSystemId,
    String name,
    WatchedKind watchedKind,
    MonitoringMethod method,
    LineThresholds thresholds,
    LineThresholds effectiveThresholds,
    Cadence cadence,
    String owner,
    BreachActionKind breachActionKind,
    String breachAction,
    LocalDate startsOn,
    LocalDate lastPeriodEnd,
    LocalDate nextDue,
    boolean overdue,
    long version) implements Versioned {}
