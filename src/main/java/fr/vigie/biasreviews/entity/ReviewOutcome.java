package fr.vigie.biasreviews.entity;

/** The reviewers' conclusion. */
public enum ReviewOutcome {
  ACCEPTABLE,
  ACCEPTABLE_WITH_MITIGATIONS,
  NOT_ACCEPTABLE
}
