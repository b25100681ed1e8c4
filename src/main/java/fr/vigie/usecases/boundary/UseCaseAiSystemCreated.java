package fr.vigie.usecases.boundary;

/** The SIA created from a card, and the card now linked to it. */
public record UseCaseAiSystemCreated(long aiSystemId, UseCaseDto useCase) {}
