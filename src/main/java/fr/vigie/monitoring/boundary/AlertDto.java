package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.entity.AlertSeverity;
import fr.vigie.monitoring.entity.AlertStatus;
import fr.vigie.platform.crud.Versioned;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An alert of a monitoring line. Its {@code version} is also sent as the ETag.
 *
 * @param severity the highest severity of its breaching checks while unresolved; never lowered
 * @param breachCount how many breaching checks of the line it gathers
 * @param firstCheckId the check that opened it
 * @param lastCheckId the latest breaching check recorded while it was unresolved
 */
public record AlertDto(
    long id,
    long aiSystemId,
    String aiSystemName,
    long lineId,
    String lineName,
    String lineOwner,
    AlertStatus status,
    AlertSeverity severity,
    int breachCount,
    Long firstCheckId,
    Long lastCheckId,
    LocalDate firstPeriodEnd,
    LocalDate lastPeriodEnd,
    Instant openedAt,
    Instant lastBreachAt,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String acknowledgeComment,
    String resolvedBy,
    Instant resolvedAt,
    String actionTaken,
    String resolveComment,
    long version) implements Versioned {}
