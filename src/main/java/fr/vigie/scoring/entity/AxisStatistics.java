package fr.vigie.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored statistics of one axis of a use case's aggregate (column names given by the owner's overrides). */
@Embeddable
public class AxisStatistics {

  @Column(nullable = false)
  private int raters;

  private Double mean;
  private Double median;
  private Double min;
  private Double max;
  private Double sd;

  protected AxisStatistics() {}

  public AxisStatistics(int raters, Double mean, Double median, Double min, Double max, Double sd) {
    this.raters = raters;
    this.mean = mean;
    this.median = median;
    this.min = min;
    this.max = max;
    this.sd = sd;
  }

  public static AxisStatistics none() {
    return new AxisStatistics(0, null, null, null, null, null);
  }

  public int getRaters() { return raters; }
  public Double getMean() { return mean; }
  public Double getMedian() { return median; }
  public Double getMin() { return min; }
  public Double getMax() { return max; }
  public Double getSd() { return sd; }
}
