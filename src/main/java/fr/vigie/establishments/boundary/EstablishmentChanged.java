package fr.vigie.establishments.boundary;

/** An establishment was created, renamed or deleted (fired inside the changing transaction). */
public record EstablishmentChanged(long id) {}
