package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.entity.AiActRole;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.AutomationLevel;
import fr.vigie.aisystems.entity.DataCategory;
import fr.vigie.aisystems.entity.DataLocation;
import fr.vigie.aisystems.entity.DpiaStatus;
import fr.vigie.aisystems.entity.Hosting;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.aisystems.entity.SystemIntegration;
import fr.vigie.establishments.boundary.EstablishmentRef;
import fr.vigie.monitoring.entity.MonitoringStatus;
import fr.vigie.platform.crud.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An AI system of the register, in full. Its {@code version} is also sent as the ETag.
 *
 * @param monitoringStatus computed from its monitoring lines and alerts today (absent from the audit trail)
 */
public record AiSystemDto(
    long id,
    String name,
    String shortDescription,
    String intendedPurpose,
    String outOfScopeUses,
    List<String> tags,
    List<EstablishmentRef> establishments,
    String responsibleService,
    String accountableOwner,
    String technicalLead,
    String publicContact,
    AiCategory category,
    boolean inHouse,
    String supplier,
    String product,
    String productVersion,
    String foundationModel,
    Boolean selfLearning,
    AutomationLevel automationLevel,
    Set<SystemIntegration> integrations,
    MedicalDeviceClass medicalDeviceClass,
    String ceCertificateReference,
    AiActRole aiActRole,
    AiActRoute aiActRoute,
    String annexIiiPoint,
    String aiActJustification,
    Set<DataCategory> dataCategories,
    Boolean personalData,
    Boolean healthData,
    Hosting hosting,
    String hostName,
    DataLocation dataLocation,
    Integer logRetentionMonths,
    DpiaStatus dpiaStatus,
    String dpiaReference,
    String humanOversight,
    String oversightPersons,
    String patientStaffInformation,
    String knownLimitations,
    LifecycleStatus status,
    LocalDate statusChangedOn,
    LocalDate productionStartDate,
    LocalDate retirementDate,
    LocalDate nextReviewDate,
    boolean reviewOverdue,
    MonitoringStatus monitoringStatus,
    boolean demo,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {}
