package fr.vigie.ethics.entity;

/**
 * The ethics sign-off of an AI system, computed on read (docs/computations.md, "Ethics sign-off"): no review asked
 * (NONE), a favourable decision whose material version is still the system's (VALID) or no longer is (TO_RENEW), an
 * unfavourable decision in force (UNFAVOURABLE), or a review awaiting its decision (PENDING).
 */
public enum SignOffStatus {
  NONE,
  VALID,
  TO_RENEW,
  UNFAVOURABLE,
  PENDING
}
