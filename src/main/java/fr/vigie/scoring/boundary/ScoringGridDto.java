package fr.vigie.scoring.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One version of a scoring grid, immutable. {@code latest}: no newer version of the family exists. Thresholds are on
 * the 0–100 score scale; priority weights weigh value and feasibility in the priority score.
 */
public record ScoringGridDto(long id, String familyCode, int versionNumber, boolean latest, String nameFr,
    String nameEn, String description, double disagreementThreshold, double valueThreshold,
    double feasibilityThreshold, double valuePriorityWeight, double feasibilityPriorityWeight, String createdBy,
    Instant createdAt, List<ScoringCriterionDto> criteria) {}
