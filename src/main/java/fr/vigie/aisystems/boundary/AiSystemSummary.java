package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.establishments.boundary.EstablishmentRef;
import fr.vigie.monitoring.entity.MonitoringStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of the register list, with the system's monitoring status today. */
public record AiSystemSummary(
    long id,
    String name,
    String shortDescription,
    AiCategory category,
    LifecycleStatus status,
    AiActRoute aiActRoute,
    MedicalDeviceClass medicalDeviceClass,
    List<EstablishmentRef> establishments,
    String accountableOwner,
    LocalDate nextReviewDate,
    boolean reviewOverdue,
    MonitoringStatus monitoringStatus,
    Instant updatedAt,
    boolean demo) {}
