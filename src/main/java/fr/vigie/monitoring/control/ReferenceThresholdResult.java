package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import java.util.List;

/**
 * NannyML {@code StandardDeviationThreshold} applied to a per-period metric series.
 *
 * @param mean mean of the reference-period values
 * @param std population standard deviation (ddof = 0) of the reference-period values
 * @param lowerThreshold {@code mean - k·std} clipped to the metric range; -∞ (reason {@code DISABLED}) when the
 *     lower side is not monitored (NannyML univariate drift)
 * @param upperThreshold {@code mean + k·std} clipped to the metric range; +∞ when disabled
 * @param alerts per analysis period, true when the value is strictly outside the thresholds
 * @param convention how the thresholds were computed
 */
public record ReferenceThresholdResult(
        double mean,
        double std,
        Figure lowerThreshold,
        Figure upperThreshold,
        List<Boolean> alerts,
        Convention convention) {
}
