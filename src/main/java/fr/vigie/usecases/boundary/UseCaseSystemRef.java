package fr.vigie.usecases.boundary;

/** A SIA of the register linked to a use case. */
public record UseCaseSystemRef(long id, String name) {}
