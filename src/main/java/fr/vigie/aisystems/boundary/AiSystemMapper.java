package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.control.RegisterEntry;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.establishments.boundary.EstablishmentMapper;
import fr.vigie.monitoring.entity.MonitoringStatus;
import fr.vigie.platform.mapping.CentralMapperConfig;
import java.time.LocalDate;
import org.mapstruct.CollectionMappingStrategy;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/**
 * Collections are set through the entity's setters ({@code TARGET_IMMUTABLE}), which change them
 * only when their content differs: a PUT that changes nothing leaves the entity clean (same
 * version, no audit row).
 */
@Mapper(
    config = CentralMapperConfig.class,
    uses = EstablishmentMapper.class,
    collectionMappingStrategy = CollectionMappingStrategy.TARGET_IMMUTABLE)
public interface AiSystemMapper {

  /** The detail; {@code monitoring} null for the audit trail's snapshots (a computed status, not a recorded field). */
  @Mapping(target = "reviewOverdue", expression = "java(system.isReviewOverdue(today))")
  @Mapping(target = "monitoringStatus", expression = "java(monitoring)")
  AiSystemDto toDto(AiSystem system, @Context LocalDate today, @Context MonitoringStatus monitoring);

  @Mapping(target = "reviewOverdue", expression = "java(entry.reviewOverdue(today))")
  @Mapping(target = "monitoringStatus", expression = "java(entry.monitoringStatus(today))")
  AiSystemSummary toSummary(RegisterEntry entry, @Context LocalDate today);

  /** Copies the request onto the entity; status and establishments are set by the service. */
  @Mapping(target = "establishments", ignore = true)
  @Mapping(target = "demo", ignore = true)
  void update(AiSystemRequest request, @MappingTarget AiSystem system);
}
