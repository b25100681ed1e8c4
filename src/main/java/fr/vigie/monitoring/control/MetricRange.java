package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;

/**
 * Theoretical range of a performance metric; thresholds beyond it are replaced by the limit (NannyML).
 *
 * @param lower lowest possible value, or {@code null} when unbounded below
 * @param upper highest possible value, or {@code null} when unbounded above
 */
public record MetricRange(Double lower, Double upper) {

    /** AUROC, sensitivity, PPV, rates: [0, 1]. */
    public static final MetricRange UNIT_INTERVAL = new MetricRange(0.0, 1.0);
    public static final MetricRange UNBOUNDED = new MetricRange(null, null);

    public MetricRange {
        if ((lower != null && !Double.isFinite(lower)) || (upper != null && !Double.isFinite(upper))
                || (lower != null && upper != null && lower >= upper)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, "range",
                    "a metric range needs finite limits with lower < upper, got [" + lower + ", " + upper + "]");
        }
    }

    double clip(double value) {
        double v = lower != null ? Math.max(lower, value) : value;
        return upper != null ? Math.min(upper, v) : v;
    }
}
