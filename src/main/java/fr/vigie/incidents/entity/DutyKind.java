package fr.vigie.incidents.entity;

/** The kinds of reporting duty; an incident has at most one duty of each kind. */
public enum DutyKind {
  AI_ACT_PROVIDER,
  AI_ACT_AUTHORITY,
  DEVICE_VIGILANCE,
  GDPR_BREACH,
  IS_SECURITY,
  SERIOUS_ADVERSE_EVENT,
  ADVERSE_EVENT_INTERNAL
}
