package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import java.util.List;

/**
 * Two-sided tabular CUSUM on a standardised series.
 *
 * @param z standardised values {@code (x - mu0) / sigma}
 * @param sPlus upper cumulative sums
 * @param sMinus lower cumulative sums
 * @param alarms per period, true when {@code S+ > h} or {@code S- > h}
 * @param firstAlarmIndex 0-based index of the first alarm, {@code null} when none
 * @param k reference value (allowance), in σ
 * @param h decision interval, in σ
 * @param convention how the chart was computed
 */
public record CusumResult(
        List<Double> z,
        List<Double> sPlus,
        List<Double> sMinus,
        List<Boolean> alarms,
        Integer firstAlarmIndex,
        double k,
        double h,
        Convention convention) {
}
