package fr.vigie.scoring.boundary;

import fr.vigie.scoring.entity.Quadrant;

/** The effective scores of one use case for lists and the matrix (null before any rating). */
public record UseCaseScoreSummary(long useCaseId, long gridId, int raterCount, Double value, Double feasibility,
    boolean valueOverridden, boolean feasibilityOverridden, Double priority, Quadrant quadrant,
    boolean disagreement) {}
