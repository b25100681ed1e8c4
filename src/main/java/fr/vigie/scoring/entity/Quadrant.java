package fr.vigie.scoring.entity;

/**
 * Where a use case falls on the value/feasibility matrix (docs/computations.md, "Use-case scoring"): a score at or
 * above the axis threshold is high.
 */
public enum Quadrant {
  /** « Gains rapides »: high value, high feasibility. */
  QUICK_WIN,
  /** « Projets structurants »: high value, low feasibility. */
  STRUCTURING,
  /** « Opportunités »: low value, high feasibility. */
  OPPORTUNITY,
  /** « À écarter »: low value, low feasibility. */
  DISCARD;

  public static Quadrant of(boolean highValue, boolean highFeasibility) {
    if (highValue) {
      return highFeasibility ? QUICK_WIN : STRUCTURING;
    }
    return highFeasibility ? OPPORTUNITY : DISCARD;
  }
}
