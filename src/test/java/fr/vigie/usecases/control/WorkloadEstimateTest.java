package fr.vigie.usecases.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.usecases.entity.VolumePeriod;
import fr.vigie.usecases.entity.Volumetry;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WorkloadEstimateTest {

  private static Volumetry v(Integer volume, VolumePeriod period, String before, String after, String rework,
      String review) {
    return new Volumetry(volume, period, before == null ? null : new BigDecimal(before),
        after == null ? null : new BigDecimal(after), rework == null ? null : new BigDecimal(rework),
        review == null ? null : new BigDecimal(review));
  }

  @Test
  void dailyTasksWithReworkAndReview() {
    // 40/day × 365 = 14,600 tasks; 12 − 3 − 1 − 0.10 × 12 = 6.8 min saved;
    // 14,600 × 6.8 = 99,280 min = 1,654.666… h → 1,654.7; 1,654.666… / 1,607 = 1.02966… → 1.03
    var e = WorkloadEstimate.of(v(40, VolumePeriod.DAY, "12", "3", "10", "1")).orElseThrow();
    assertThat(e.tasksPerYear()).isEqualByComparingTo("14600");
    assertThat(e.savedMinutesPerTask()).isEqualByComparingTo("6.8");
    assertThat(e.hoursPerYear()).isEqualByComparingTo("1654.7");
    assertThat(e.ftePerYear()).isEqualByComparingTo("1.03");
  }

  @Test
  void monthlyVolumeWithoutReworkOrReviewGiven() {
    // 1,800/month × 12 = 21,600 tasks × (8 − 1) = 151,200 min = 2,520 h; 2,520 / 1,607 = 1.5681… → 1.57
    var e = WorkloadEstimate.of(v(1800, VolumePeriod.MONTH, "8", "1", null, null)).orElseThrow();
    assertThat(e.hoursPerYear()).isEqualByComparingTo("2520.0");
    assertThat(e.ftePerYear()).isEqualByComparingTo("1.57");
  }

  @Test
  void weeklyAndYearlyPeriods() {
    // 15/week × 52 = 780 × (45 − 20 − 0.05 × 45 = 22.75) = 17,745 min = 295.75 h → 295.8 (half up); 0.184… → 0.18
    var w = WorkloadEstimate.of(v(15, VolumePeriod.WEEK, "45", "20", "5", "0")).orElseThrow();
    assertThat(w.hoursPerYear()).isEqualByComparingTo("295.8");
    assertThat(w.ftePerYear()).isEqualByComparingTo("0.18");
    // 3,214/year × 30 min = 96,420 min = 1,607 h = exactly 1 FTE
    var y = WorkloadEstimate.of(v(3214, VolumePeriod.YEAR, "30", "0", null, null)).orElseThrow();
    assertThat(y.hoursPerYear()).isEqualByComparingTo("1607.0");
    assertThat(y.ftePerYear()).isEqualByComparingTo("1.00");
  }

  @Test
  void reviewCanMakeTheSavingNegativeAndTheEstimateSaysSo() {
    // 10/day × 365 × (5 − 4 − 2) = −3,650 min = −60.8 h; −0.0378… → −0.04
    var e = WorkloadEstimate.of(v(10, VolumePeriod.DAY, "5", "4", "0", "2")).orElseThrow();
    assertThat(e.hoursPerYear()).isEqualByComparingTo("-60.8");
    assertThat(e.ftePerYear()).isEqualByComparingTo("-0.04");
  }

  @Test
  void noEstimateWhileTheVolumetryIsIncomplete() {
    assertThat(WorkloadEstimate.of(v(null, VolumePeriod.DAY, "5", "1", null, null))).isEmpty();
    assertThat(WorkloadEstimate.of(v(10, null, "5", "1", null, null))).isEmpty();
    assertThat(WorkloadEstimate.of(v(10, VolumePeriod.DAY, null, "1", null, null))).isEmpty();
    assertThat(WorkloadEstimate.of(v(10, VolumePeriod.DAY, "5", null, null, null))).isEmpty();
  }
}
