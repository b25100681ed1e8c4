package fr.vigie.usecases.entity;

/** How a use case came in. */
public enum UseCaseOrigin {
  WORKSHOP,
  INDIVIDUAL_PROPOSAL,
  INTERVIEW
}
