package fr.vigie.scoring.control;

import fr.vigie.scoring.entity.Quadrant;
import java.util.List;

/**
 * The aggregate of a use case from its raters' axis scores (docs/computations.md, "Use-case scoring"). Pure: the
 * service feeds it the axis scores of the rating sets made with the use case's current grid version.
 */
public final class ScoreCalculator {

  private ScoreCalculator() {}

  /**
   * @param value the value scores of the raters who rated every value criterion
   * @param feasibility the feasibility scores of the raters who rated every feasibility criterion
   * @param valueOverride the overriding value score, null when none
   * @param feasibilityOverride the overriding feasibility score, null when none
   */
  public static Aggregate aggregate(List<Double> value, List<Double> feasibility, Double valueOverride,
      Double feasibilityOverride, ScoringRules rules) {
    ScoreStatistics v = ScoreStatistics.of(value);
    ScoreStatistics f = ScoreStatistics.of(feasibility);
    boolean disagreement = disagrees(v, rules) || disagrees(f, rules);
    Double effectiveValue = valueOverride != null ? valueOverride : v.mean();
    Double effectiveFeasibility = feasibilityOverride != null ? feasibilityOverride : f.mean();
    Quadrant quadrant = effectiveValue == null || effectiveFeasibility == null ? null
        : Quadrant.of(effectiveValue >= rules.valueThreshold(), effectiveFeasibility >= rules.feasibilityThreshold());
    Double priority = effectiveValue == null || effectiveFeasibility == null ? null
        : priority(effectiveValue, effectiveFeasibility, rules);
    return new Aggregate(v, f, disagreement, effectiveValue, effectiveFeasibility, quadrant, priority);
  }

  /** (w_value·value + w_feasibility·feasibility) / (w_value + w_feasibility), on 0–100. */
  public static double priority(double value, double feasibility, ScoringRules rules) {
    return (rules.valueWeight() * value + rules.feasibilityWeight() * feasibility)
        / (rules.valueWeight() + rules.feasibilityWeight());
  }

  static boolean disagrees(ScoreStatistics s, ScoringRules rules) {
    return s.n() >= 2 && s.spread() > rules.disagreementThreshold();
  }

  /**
   * @param effectiveValue the override if any, else the mean value score; null without any value score
   * @param quadrant null while either effective score is missing
   * @param priority null while either effective score is missing
   */
  public record Aggregate(ScoreStatistics value, ScoreStatistics feasibility, boolean disagreement,
      Double effectiveValue, Double effectiveFeasibility, Quadrant quadrant, Double priority) {}
}
