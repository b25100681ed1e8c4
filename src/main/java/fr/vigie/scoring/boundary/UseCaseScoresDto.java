package fr.vigie.scoring.boundary;

import fr.vigie.scoring.entity.Quadrant;
import java.time.Instant;
import java.util.List;

/**
 * The aggregated scores of a use case against its current grid version, with each counted rater's axis scores.
 * {@code version}: the ETag an override sends back (0 before any rating).
 */
public record UseCaseScoresDto(long useCaseId, long gridId, int gridVersionNumber, String gridName, int raterCount,
    int completeRaterCount, AxisAggregateDto value, AxisAggregateDto feasibility, boolean disagreement,
    double disagreementThreshold, Quadrant quadrant, Double priority, List<RaterScoreDto> raters, long version)
    implements fr.vigie.platform.crud.Versioned {

  @Override
  public long id() {
    return useCaseId;
  }

  /**
   * One axis: statistics over the raters who rated the whole axis ({@code computed} is the mean), the override if
   * any, and the {@code effective} score (override, else computed) that the quadrant and priority use.
   */
  public record AxisAggregateDto(int raters, Double computed, Double median, Double min, Double max,
      Double standardDeviation, Double spread, double threshold, ScoreOverrideDto override, Double effective) {}

  /** A score set by hand. */
  public record ScoreOverrideDto(double score, String reason, String by, Instant at) {}

  /** One rater of the current grid version. */
  public record RaterScoreDto(String rater, Double valueScore, Double feasibilityScore, boolean complete) {}
}
