package fr.vigie.incidents.entity;

/** TO_DO; DONE with the date and the reference of the declaration; NOT_APPLICABLE with a reason. */
public enum DutyState {
  TO_DO,
  DONE,
  NOT_APPLICABLE
}
