package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * NannyML's default alerting rule for realised and estimated performance: {@code mean ± 3·std} of the reference
 * chunks' values, std with ddof = 0, clipped to the metric's range, alert when strictly outside.
 */
public final class ReferenceThreshold {

    /** NannyML default multiplier. */
    public static final double DEFAULT_MULTIPLIER = 3;

    private ReferenceThreshold() {
    }

    /** NannyML defaults: ±3σ, metric range [0, 1]. */
    public static ReferenceThresholdResult evaluate(double[] referenceValues, double[] analysisValues) {
        return evaluate(referenceValues, analysisValues, DEFAULT_MULTIPLIER, DEFAULT_MULTIPLIER,
                MetricRange.UNIT_INTERVAL);
    }

    /**
     * @param lowerMultiplier σ multiplier of the lower threshold, {@code null} to disable it
     * @param upperMultiplier σ multiplier of the upper threshold, {@code null} to disable it
     */
    public static ReferenceThresholdResult evaluate(double[] referenceValues, double[] analysisValues,
            Double lowerMultiplier, Double upperMultiplier, MetricRange range) {
        double[] reference = SeriesValidation.finiteSeries("referenceValues", referenceValues);
        double[] analysis = SeriesValidation.finiteSeries("analysisValues", analysisValues);
        if (reference.length < 2) {
            throw new InvalidStatisticsInputException(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT,
                    "referenceValues", "the reference window needs at least 2 periods to estimate a standard"
                            + " deviation, got " + reference.length);
        }
        if (range == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "range", "range is missing");
        }
        double mean = SeriesValidation.mean(reference);
        double std = SeriesValidation.populationStd(reference, mean);
        Figure lower = lowerMultiplier == null
                ? new Figure(Figure.Status.NEGATIVE_INFINITY, null, "DISABLED")
                : Figure.of(range.clip(mean - SeriesValidation.nonNegative("lowerMultiplier", lowerMultiplier) * std));
        Figure upper = upperMultiplier == null
                ? new Figure(Figure.Status.POSITIVE_INFINITY, null, "DISABLED")
                : Figure.of(range.clip(mean + SeriesValidation.nonNegative("upperMultiplier", upperMultiplier) * std));
        List<Boolean> alerts = new ArrayList<>(analysis.length);
        for (double value : analysis) {
            alerts.add(value < lower.asDouble() || value > upper.asDouble());
        }
        Convention convention = Convention.of("reference_std_threshold",
                        "NannyML StandardDeviationThreshold (thresholds.py)",
                        "mean(ref) -/+ k * std(ref), std with ddof=0")
                .withEpsilonRule("thresholds beyond the metric range [" + range.lower() + ", " + range.upper()
                        + "] replaced by the limit; lower k=" + lowerMultiplier + ", upper k=" + upperMultiplier)
                .withDecisionRule("alert if value < lower or value > upper (strict)");
        return new ReferenceThresholdResult(mean, std, lower, upper, List.copyOf(alerts), convention);
    }
}
