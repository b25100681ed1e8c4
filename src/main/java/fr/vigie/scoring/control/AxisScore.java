package fr.vigie.scoring.control;

import java.util.List;

/**
 * One rater's score on one axis: {@code score = 100 × (Σ wᵢ·xᵢ / Σ wᵢ − 1) / 4} over the axis criteria, so level 1
 * everywhere gives 0 and level 5 everywhere gives 100. The intermediate sums are kept for the explanation.
 *
 * @param sumWeights Σ wᵢ
 * @param sumWeightedLevels Σ wᵢ·xᵢ
 * @param weightedMean Σ wᵢ·xᵢ / Σ wᵢ, on the 1–5 scale
 * @param score the weighted mean rescaled to 0–100, not rounded
 */
public record AxisScore(double sumWeights, double sumWeightedLevels, double weightedMean, double score) {

  /** The score of a complete axis; {@code levels} holds one entry per criterion of the axis, at least one. */
  public static AxisScore of(List<WeightedLevel> levels) {
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("an axis score needs at least one rated criterion");
    }
    double sumWeights = 0;
    double sumWeighted = 0;
    for (WeightedLevel l : levels) {
      sumWeights += l.weight();
      sumWeighted += l.weight() * l.level();
    }
    double mean = sumWeighted / sumWeights;
    return new AxisScore(sumWeights, sumWeighted, mean, 100.0 * (mean - 1.0) / 4.0);
  }
}
