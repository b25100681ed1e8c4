package fr.vigie.scoring.control;

/**
 * The configurable part of a grid version that turns axis scores into a verdict.
 *
 * @param disagreementThreshold points (0–100): raters disagree on an axis when its spread (max − min) is strictly
 *     greater
 * @param valueThreshold a value score at or above it is high
 * @param feasibilityThreshold a feasibility score at or above it is high
 * @param valueWeight weight of value in the priority score (&gt; 0)
 * @param feasibilityWeight weight of feasibility in the priority score (&gt; 0)
 */
public record ScoringRules(double disagreementThreshold, double valueThreshold, double feasibilityThreshold,
    double valueWeight, double feasibilityWeight) {}
