package fr.vigie.scoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.scoring.entity.Quadrant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/computations.md ("Use-case scoring"), every figure computed by hand. */
class ScoreCalculatorTest {

  static final double EPS = 1e-9;
  static final ScoringRules DEFAULTS = new ScoringRules(25, 50, 50, 0.6, 0.4);

  /** Value weights 3, 3, 2, 2, 1 (Σ 11). */
  static AxisScore value(int... levels) {
    double[] w = {3, 3, 2, 2, 1};
    return AxisScore.of(List.of(new WeightedLevel(w[0], levels[0]), new WeightedLevel(w[1], levels[1]),
        new WeightedLevel(w[2], levels[2]), new WeightedLevel(w[3], levels[3]), new WeightedLevel(w[4], levels[4])));
  }

  @Test
  void anAxisScoreIsTheWeightedMeanRescaledFromOneToFiveOntoZeroToHundred() {
    AxisScore a = value(4, 5, 3, 4, 2);
    assertThat(a.sumWeights()).isEqualTo(11.0);
    assertThat(a.sumWeightedLevels()).isEqualTo(43.0); // 12 + 15 + 6 + 8 + 2
    assertThat(a.weightedMean()).isCloseTo(43.0 / 11, within(EPS));
    assertThat(a.score()).isCloseTo(800.0 / 11, within(EPS)); // 100 × (43/11 − 1) / 4 = 72.73
    assertThat(value(1, 1, 1, 1, 1).score()).isEqualTo(0.0);
    assertThat(value(5, 5, 5, 5, 5).score()).isEqualTo(100.0);
    assertThat(value(3, 3, 3, 3, 3).score()).isEqualTo(50.0);
  }

  @Test
  void levelsOutsideOneToFiveAndNonPositiveWeightsAreRefused() {
    assertThatThrownBy(() -> new WeightedLevel(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WeightedLevel(1, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WeightedLevel(0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AxisScore.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threeRatersGiveMeanMedianMinMaxPopulationDeviationDisagreementQuadrantAndPriority() {
    double a = value(4, 5, 3, 4, 2).score(); // 800/11
    double b = value(3, 3, 3, 3, 3).score(); // 550/11
    double c = value(2, 2, 1, 1, 1).score(); // 17/11 → 150/11
    assertThat(c).isCloseTo(150.0 / 11, within(EPS));
    // feasibility weights 3, 2, 2, 1, 2 (Σ 10): 40/10 → 75; 37/10 → 67.5; 29/10 → 47.5
    var agg = ScoreCalculator.aggregate(List.of(a, b, c), List.of(75.0, 67.5, 47.5), null, null, DEFAULTS);
    assertThat(agg.value().n()).isEqualTo(3);
    assertThat(agg.value().mean()).isCloseTo(500.0 / 11, within(EPS)); // 45.45
    assertThat(agg.value().median()).isCloseTo(50.0, within(EPS));
    assertThat(agg.value().min()).isCloseTo(150.0 / 11, within(EPS));
    assertThat(agg.value().max()).isCloseTo(800.0 / 11, within(EPS));
    // deviations 300/11, 50/11, −350/11 → Σ squares 215000/121, / 3
    assertThat(agg.value().standardDeviation()).isCloseTo(Math.sqrt(215000.0 / 363), within(EPS)); // 24.34
    assertThat(agg.value().spread()).isCloseTo(650.0 / 11, within(EPS));
    assertThat(agg.feasibility().mean()).isCloseTo(190.0 / 3, within(EPS));
    assertThat(agg.feasibility().median()).isEqualTo(67.5);
    assertThat(agg.disagreement()).isTrue();
    assertThat(agg.quadrant()).isEqualTo(Quadrant.OPPORTUNITY); // 45.45 < 50, 63.33 ≥ 50
    // (0.6 × 500/11 + 0.4 × 190/3) / 1.0 = 1736/33
    assertThat(agg.priority()).isCloseTo(1736.0 / 33, within(EPS)); // 52.61
  }

  @Test
  void anEvenCountTakesTheMeanOfTheTwoMiddleValuesAndOneRaterHasNoDeviation() {
    var two = ScoreStatistics.of(List.of(800.0 / 11, 550.0 / 11));
    assertThat(two.median()).isCloseTo(675.0 / 11, within(EPS));
    assertThat(two.standardDeviation()).isCloseTo(125.0 / 11, within(EPS)); // population: half the gap
    var four = ScoreStatistics.of(List.of(10.0, 40.0, 20.0, 90.0));
    assertThat(four.median()).isEqualTo(30.0);
    var one = ScoreStatistics.of(List.of(62.5));
    assertThat(one.median()).isEqualTo(62.5);
    assertThat(one.standardDeviation()).isEqualTo(0.0);
    var none = ScoreStatistics.of(List.of());
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNull();
    assertThat(none.spread()).isNull();
  }

  @Test
  void aScoreAtTheThresholdIsHighAndASpreadAtTheThresholdIsNoDisagreement() {
    var at = ScoreCalculator.aggregate(List.of(50.0), List.of(50.0), null, null, DEFAULTS);
    assertThat(at.quadrant()).isEqualTo(Quadrant.QUICK_WIN);
    var below = ScoreCalculator.aggregate(List.of(49.99), List.of(50.0), null, null, DEFAULTS);
    assertThat(below.quadrant()).isEqualTo(Quadrant.OPPORTUNITY);
    assertThat(ScoreCalculator.aggregate(List.of(75.0), List.of(49.0), null, null, DEFAULTS).quadrant())
        .isEqualTo(Quadrant.STRUCTURING);
    assertThat(ScoreCalculator.aggregate(List.of(10.0), List.of(10.0), null, null, DEFAULTS).quadrant())
        .isEqualTo(Quadrant.DISCARD);
    assertThat(ScoreCalculator.aggregate(List.of(50.0, 75.0), List.of(50.0), null, null, DEFAULTS).disagreement())
        .isFalse();
    assertThat(ScoreCalculator.aggregate(List.of(50.0, 75.5), List.of(50.0), null, null, DEFAULTS).disagreement())
        .isTrue();
  }

  @Test
  void anOverrideReplacesTheMeanForQuadrantAndPriorityWhileTheStatisticsStay() {
    var agg = ScoreCalculator.aggregate(List.of(40.0, 20.0), List.of(80.0), 70.0, null, DEFAULTS);
    assertThat(agg.value().mean()).isEqualTo(30.0);
    assertThat(agg.effectiveValue()).isEqualTo(70.0);
    assertThat(agg.quadrant()).isEqualTo(Quadrant.QUICK_WIN);
    assertThat(agg.priority()).isCloseTo(0.6 * 70 + 0.4 * 80, within(EPS)); // 74
  }

  @Test
  void withoutAScoreOnOneAxisThereIsNoQuadrantNorPriority() {
    var agg = ScoreCalculator.aggregate(List.of(40.0), List.of(), null, null, DEFAULTS);
    assertThat(agg.quadrant()).isNull();
    assertThat(agg.priority()).isNull();
    assertThat(agg.disagreement()).isFalse();
  }
}
