package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.CheckOptions;
import fr.vigie.monitoring.control.LineThresholds;
import fr.vigie.monitoring.entity.MonitoringMethod;
import fr.vigie.platform.stats.Severity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded check, immutable: the severity of the period, the figure it was read from, the method, conventions
 * and thresholds in force when it was computed, the summary data as posted and the core's full result.
 *
 * @param breach true for a moderate or significant severity
 * @param input the summary data as posted (a JSON object)
 * @param result the core's result: figures, conventions, per-period points (a JSON object)
 * @param alertId the alert this breaching check opened or updated (null without breach)
 */
public record MonitoringCheckDto(
    long id,
    long lineId,
    LocalDate periodStart,
    LocalDate periodEnd,
    MonitoringMethod method,
    Severity severity,
    boolean breach,
    String primaryFigure,
    Double primaryValue,
    LineThresholds thresholds,
    CheckOptions options,
    Object input,
    Object result,
    String recordedBy,
    Instant recordedAt,
    Long alertId) {}
