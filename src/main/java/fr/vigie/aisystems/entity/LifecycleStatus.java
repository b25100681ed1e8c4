package fr.vigie.aisystems.entity;

/** Lifecycle status of an AI system. */
public enum LifecycleStatus {
  IDEA,
  DESIGN,
  PILOT,
  PRODUCTION,
  SUSPENDED,
  RETIRED
}
