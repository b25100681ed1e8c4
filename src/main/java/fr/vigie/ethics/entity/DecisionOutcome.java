package fr.vigie.ethics.entity;

/** The committee's opinion. Only favourable-with-conditions decisions carry conditions (at least one). */
public enum DecisionOutcome {
  FAVOURABLE,
  FAVOURABLE_WITH_CONDITIONS,
  UNFAVOURABLE,
  DEFERRED;

  public boolean favourable() {
    return this == FAVOURABLE || this == FAVOURABLE_WITH_CONDITIONS;
  }
}
