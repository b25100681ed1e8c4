package fr.vigie.usecases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * What the time estimate of a use case is computed from: a task volume per period, the minutes one
 * task takes today and is expected to take after, the share of tasks to redo by hand, and the human
 * review time added per task (GenAI and agents). Any value may be missing while the card is drafted;
 * the estimate then stays unknown.
 */
@Embeddable
public class Volumetry {

  @Column(name = "volume")
  private Integer volume;

  @Enumerated(EnumType.STRING)
  @Column(name = "volume_period", length = 10)
  private VolumePeriod period;

  @Column(name = "minutes_before", precision = 8, scale = 2)
  private BigDecimal minutesBefore;

  @Column(name = "minutes_after", precision = 8, scale = 2)
  private BigDecimal minutesAfter;

  @Column(name = "rework_rate_percent", precision = 5, scale = 2)
  private BigDecimal reworkRatePercent;

  @Column(name = "review_minutes", precision = 8, scale = 2)
  private BigDecimal reviewMinutes;

  protected Volumetry() {}

  public Volumetry(Integer volume, VolumePeriod period, BigDecimal minutesBefore, BigDecimal minutesAfter,
      BigDecimal reworkRatePercent, BigDecimal reviewMinutes) {
    this.volume = volume;
    this.period = period;
    this.minutesBefore = minutesBefore;
    this.minutesAfter = minutesAfter;
    this.reworkRatePercent = reworkRatePercent;
    this.reviewMinutes = reviewMinutes;
  }

  /** Volume, period, minutes today and minutes after are known (rework and review default to 0). */
  public boolean complete() {
    return volume != null && period != null && minutesBefore != null && minutesAfter != null;
  }

  public Integer getVolume() {
    return volume;
  }

  public VolumePeriod getPeriod() {
    return period;
  }

  public BigDecimal getMinutesBefore() {
    return minutesBefore;
  }

  public BigDecimal getMinutesAfter() {
    return minutesAfter;
  }

  public BigDecimal getReworkRatePercent() {
    return reworkRatePercent;
  }

  public BigDecimal getReviewMinutes() {
    return reviewMinutes;
  }
}
