package fr.vigie.scoring.boundary;

import fr.vigie.scoring.entity.Axis;
import fr.vigie.scoring.entity.Quadrant;
import java.util.List;

/**
 * Every input and intermediate figure behind a use case's scores, with the formulas in words (caller's language).
 * Raters listed here are those of the current grid version; the figures are recomputed from the stored ratings and
 * equal the stored aggregate.
 */
public record ScoreExplanationDto(long useCaseId, long gridId, int gridVersionNumber, String gridName,
    List<String> formulas, List<ScoringCriterionDto> criteria, List<RaterExplanationDto> raters,
    AxisExplanationDto value, AxisExplanationDto feasibility, double disagreementThreshold, boolean disagreement,
    double valueThreshold, double feasibilityThreshold, Quadrant quadrant, double valuePriorityWeight,
    double feasibilityPriorityWeight, Double priority) {

  /** One rater: levels per criterion and, per axis, Σw, Σw·x, the weighted mean and the score (null if partial). */
  public record RaterExplanationDto(String rater, List<RatingSetDto.RatedCriterionDto> ratings,
      AxisWorkDto value, AxisWorkDto feasibility, boolean complete) {}

  /** One rater's work on one axis. */
  public record AxisWorkDto(Axis axis, double sumWeights, double sumWeightedLevels, double weightedMean,
      double score) {}

  /** One axis of the aggregate: the counted scores and the statistics, the override and the effective score. */
  public record AxisExplanationDto(Axis axis, List<Double> raterScores, int n, Double mean, Double median,
      Double min, Double max, Double standardDeviation, Double spread, Double override, String overrideReason,
      Double effective) {}
}
