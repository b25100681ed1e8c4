package fr.vigie.platform.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Shared MapStruct settings: CDI beans, and a build error when a target field is left unmapped. */
@MapperConfig(
    componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CentralMapperConfig {}
