package fr.vigie.incidents.entity;

/** Who or what the incident harmed. Death or serious deterioration of health is told by {@link HealthConsequence}. */
public enum IncidentHarm {
  NONE,
  PATIENT,
  STAFF,
  RIGHTS,
  PROPERTY,
  OPERATIONS;

  /** Harm to a person's health is possible only for a patient or a member of staff. */
  public boolean concernsAPerson() {
    return this == PATIENT || this == STAFF;
  }
}
