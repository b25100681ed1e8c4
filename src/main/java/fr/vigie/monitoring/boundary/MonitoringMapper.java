package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.LineThresholds;
import fr.vigie.monitoring.entity.MonitoringLine;
import fr.vigie.platform.mapping.CentralMapperConfig;
import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = CentralMapperConfig.class, imports = LineThresholds.class)
public interface MonitoringMapper {

  @Mapping(target = "thresholds", expression = "java(LineThresholds.of(line))")
  @Mapping(target = "effectiveThresholds", expression = "java(LineThresholds.of(line).effective(line.getMethod()))")
  @Mapping(target = "lastPeriodEnd", expression = "java(due.lastPeriodEnd())")
  @Mapping(target = "nextDue", expression = "java(line.nextDue(due.lastPeriodEnd()))")
  @Mapping(target = "overdue", expression = "java(due.today().isAfter(line.nextDue(due.lastPeriodEnd())))")
  MonitoringLineDto toDto(MonitoringLine line, @Context Due due);

  /** The end of the line's last checked period (null before the first check) and today's date. */
  record Due(LocalDate lastPeriodEnd, LocalDate today) {}

  /** Copies the plain fields; method, thresholds and start date are resolved by the service. */
  @Mapping(target = "method", ignore = true)
  @Mapping(target = "startsOn", ignore = true)
  @Mapping(target = "nextDueOn", ignore = true)
  @Mapping(target = "lastPeriodEnd", ignore = true)
  @Mapping(target = "moderateThreshold", ignore = true)
  @Mapping(target = "significantThreshold", ignore = true)
  @Mapping(target = "stdMultiplier", ignore = true)
  @Mapping(target = "cusumK", ignore = true)
  @Mapping(target = "cusumH", ignore = true)
  @Mapping(target = "ewmaLambda", ignore = true)
  @Mapping(target = "limitWidth", ignore = true)
  @Mapping(target = "contractualFloor", ignore = true)
  void update(MonitoringLineRequest request, @MappingTarget MonitoringLine line);
}
