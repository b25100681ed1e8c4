package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import java.util.List;

/**
 * EWMA control chart with exact, time-varying limits.
 *
 * @param ewma the smoothed statistic z_i
 * @param lowerLimits lower control limit per period
 * @param upperLimits upper control limit per period
 * @param alarms per period, true when z_i is strictly outside its limits
 * @param firstAlarmIndex 0-based index of the first alarm, {@code null} when none
 * @param steadyStateLowerLimit {@code mu0 - L·sigma·√(λ/(2-λ))}
 * @param steadyStateUpperLimit {@code mu0 + L·sigma·√(λ/(2-λ))}
 * @param lambda smoothing weight
 * @param limitWidth L, width of the limits in σ of the statistic
 * @param convention how the chart was computed
 */
public record EwmaResult(
        List<Double> ewma,
        List<Double> lowerLimits,
        List<Double> upperLimits,
        List<Boolean> alarms,
        Integer firstAlarmIndex,
        double steadyStateLowerLimit,
        double steadyStateUpperLimit,
        double lambda,
        double limitWidth,
        Convention convention) {
}
