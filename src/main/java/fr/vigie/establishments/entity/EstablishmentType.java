package fr.vigie.establishments.entity;

/** Kind of establishment: CHU (university hospital), CH (hospital), CHS (psychiatric), EHPAD, other. */
public enum EstablishmentType {
  CHU,
  CH,
  CHS,
  EHPAD,
  OTHER
}
