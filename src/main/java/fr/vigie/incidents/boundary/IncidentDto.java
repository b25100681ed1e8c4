package fr.vigie.incidents.boundary;

import fr.vigie.incidents.entity.HealthConsequence;
import fr.vigie.incidents.entity.IncidentHarm;
import fr.vigie.incidents.entity.IncidentStatus;
import fr.vigie.platform.crud.Versioned;
import java.time.Instant;
import java.util.List;

/** An incident with its duties in routing order; {@code declaredAt} is when it was recorded. */
public record IncidentDto(
    long id,
    long aiSystemId,
    String aiSystemName,
    Long establishmentId,
    String establishmentName,
    Instant occurredAt,
    Instant awareAt,
    String description,
    IncidentHarm harm,
    HealthConsequence healthConsequence,
    boolean personalDataBreach,
    boolean securityIncident,
    boolean widespreadInfringement,
    boolean criticalInfrastructure,
    String actionsTaken,
    boolean useSuspended,
    IncidentStatus status,
    Long monitoringAlertId,
    Long biasReviewId,
    String declaredBy,
    Instant declaredAt,
    String closingComment,
    Instant closedAt,
    boolean demo,
    List<IncidentDutyDto> duties,
    long version) implements Versioned {}
