package fr.vigie.scoring.control;

import java.util.Arrays;
import java.util.List;

/**
 * Statistics of the raters' scores on one axis (docs/computations.md, "Use-case scoring"). The standard deviation is
 * the population one (divided by n: the raters are the whole panel, not a sample of a larger one), so it is 0 for a
 * single rater; the median of an even count is the mean of the two middle values; the spread is max − min. With no
 * rater every figure is null and n is 0.
 */
public record ScoreStatistics(int n, Double mean, Double median, Double min, Double max, Double standardDeviation) {

  public static ScoreStatistics of(List<Double> scores) {
    int n = scores.size();
    if (n == 0) {
      return new ScoreStatistics(0, null, null, null, null, null);
    }
    double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double sum = Arrays.stream(sorted).sum();
    double mean = sum / n;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    double squares = 0;
    for (double s : sorted) {
      squares += (s - mean) * (s - mean);
    }
    return new ScoreStatistics(n, mean, median, sorted[0], sorted[n - 1], Math.sqrt(squares / n));
  }

  /** max − min, null without raters. */
  public Double spread() {
    return n == 0 ? null : max - min;
  }
}
