package fr.vigie.aisystems.entity;

/** Status of the data-protection impact assessment (AIPD in French). */
public enum DpiaStatus {
  NOT_REQUIRED,
  REQUIRED_NOT_STARTED,
  IN_PROGRESS,
  COMPLETED
}
