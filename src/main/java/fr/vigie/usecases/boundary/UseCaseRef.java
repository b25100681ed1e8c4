package fr.vigie.usecases.boundary;

/** Another use case named by a card (the one it duplicates, those that duplicate it). */
public record UseCaseRef(long id, String title) {}
