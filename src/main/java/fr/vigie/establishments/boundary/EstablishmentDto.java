package fr.vigie.establishments.boundary;

import fr.vigie.establishments.entity.EstablishmentType;
import fr.vigie.platform.crud.Versioned;

/** An establishment of the GHT. */
public record EstablishmentDto(
    long id,
    String name,
    String shortName,
    String finess,
    EstablishmentType type,
    boolean archived,
    boolean demo,
    long version) implements Versioned {}
