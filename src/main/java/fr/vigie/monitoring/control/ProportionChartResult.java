package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import java.util.List;

/**
 * p-chart of a rate over periods.
 *
 * @param centerLine p̄, pooled proportion of the reference periods
 * @param referencePeriods number of leading periods used for p̄
 * @param points per period: proportion, limits and signal
 * @param firstSignalIndex 0-based index of the first signal, {@code null} when none
 * @param convention how the chart was computed
 */
public record ProportionChartResult(
        double centerLine,
        int referencePeriods,
        List<Point> points,
        Integer firstSignalIndex,
        Convention convention) {

    /**
     * One period on the chart.
     *
     * @param period period label
     * @param events numerator
     * @param total denominator
     * @param proportion {@code events / total}
     * @param lowerLimit {@code max(0, p̄ - L·√(p̄(1-p̄)/n_i))}
     * @param upperLimit {@code min(1, p̄ + L·√(p̄(1-p̄)/n_i))}
     * @param signal true when the proportion is strictly outside its limits
     * @param insufficientData true when {@code total < 10}
     */
    public record Point(
            String period,
            long events,
            long total,
            double proportion,
            double lowerLimit,
            double upperLimit,
            boolean signal,
            boolean insufficientData) {
    }
}
