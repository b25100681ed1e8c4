package fr.vigie.establishments.boundary;

/** Short reference to an establishment, embedded in other resources. */
public record EstablishmentRef(long id, String shortName, String name) {}
