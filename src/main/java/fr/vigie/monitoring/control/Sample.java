package fr.vigie.monitoring.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One period's summary data, in the shape the line's method takes: bin edges and counts (numeric distribution),
 * categories and counts (categorical), per-period values (a series; in {@code reference} the reference window),
 * positive and negative counts per score bin (AUROC), or events out of a total (a proportion).
 */
public class Sample {

  @Size(max = CheckLimits.MAX_BINS + 1) public List<@NotNull Double> binEdges;
  @Size(max = CheckLimits.MAX_BINS) public List<@NotNull String> categories;
  @Size(max = CheckLimits.MAX_BINS) public List<@NotNull Double> counts;
  @Size(max = CheckLimits.MAX_PERIODS) public List<@NotNull Double> values;
  @Size(max = CheckLimits.MAX_BINS) public List<@NotNull Double> positiveCounts;
  @Size(max = CheckLimits.MAX_BINS) public List<@NotNull Double> negativeCounts;
  public Double events;
  public Double total;
}
