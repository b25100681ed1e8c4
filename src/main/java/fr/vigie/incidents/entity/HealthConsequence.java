package fr.vigie.incidents.entity;

/**
 * The explicit answer to "did it lead to a death or a serious deterioration of health?" (AI Act Art. 3(49)(a),
 * MDR Art. 87, CSP L5212-2, EIGS). Only for a harm to a patient or a member of staff.
 */
public enum HealthConsequence {
  NONE,
  SERIOUS_HEALTH_DETERIORATION,
  DEATH
}
