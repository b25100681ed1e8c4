package fr.vigie.establishments.boundary;

import fr.vigie.establishments.entity.Establishment;
import fr.vigie.platform.mapping.CentralMapperConfig;
import org.mapstruct.Mapper;

@Mapper(config = CentralMapperConfig.class)
public interface EstablishmentMapper {

  EstablishmentDto toDto(Establishment establishment);

  EstablishmentRef toRef(Establishment establishment);
}
