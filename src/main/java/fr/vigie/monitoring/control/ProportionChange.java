package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Counts;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.ProbabilityTails;

/**
 * Proportions tracked over time (sensitivity = TP/(TP+FN), PPV = TP/(TP+FP), GenAI rates): Wilson 95 % intervals
 * and the pooled two-proportion z-test for a change.
 */
public final class ProportionChange {

    /** seismometer's censor threshold. */
    public static final long MIN_TOTAL = 10;
    private static final double ALPHA = 0.05;

    private ProportionChange() {
    }

    /** One period's proportion; counts are validated (whole, non-negative, events &le; total, total &gt; 0). */
    public static ProportionEstimate estimate(String field, double events, double total) {
        long x = Counts.of(field + ".events", events);
        long n = Counts.of(field + ".total", total);
        if (n == 0) {
            throw new InvalidStatisticsInputException(InvalidInputReason.EMPTY_TOTAL, field + ".total",
                    field + ".total is 0: no proportion can be computed");
        }
        if (x > n) {
            throw new InvalidStatisticsInputException(InvalidInputReason.COUNT_EXCEEDS_TOTAL, field + ".events",
                    field + ".events (" + x + ") exceeds " + field + ".total (" + n + ")");
        }
        double p = (double) x / n;
        double z = ProbabilityTails.normalQuantile(1 - ALPHA / 2);
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new ProportionEstimate(x, n, p, Math.max(0, centre - half), Math.min(1, centre + half),
                n < MIN_TOTAL);
    }

    public static ProportionChangeResult compare(double referenceEvents, double referenceTotal, double currentEvents,
            double currentTotal) {
        ProportionEstimate ref = estimate("reference", referenceEvents, referenceTotal);
        ProportionEstimate cur = estimate("current", currentEvents, currentTotal);
        double n1 = ref.total();
        double n2 = cur.total();
        double pooled = (ref.events() + cur.events()) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        double difference = cur.proportion() - ref.proportion();
        Figure z = variance == 0 ? Figure.undefined("NO_VARIANCE") : Figure.of(difference / Math.sqrt(variance));
        Figure p = z.defined() ? Figure.of(ProbabilityTails.normalTwoSided(z.value())) : Figure.of(1);
        Convention convention = Convention.of("proportion_change", "Wilson score interval; pooled two-proportion"
                                + " z-test (as Evidently z_stattest)",
                        "z = (p_cur - p_ref)/sqrt(P(1-P)(1/n_ref + 1/n_cur)), P pooled; Wilson 95% interval per"
                                + " period")
                .withThreshold(ALPHA, "significant change if p < alpha; insufficient data when a total < "
                        + MIN_TOTAL);
        return new ProportionChangeResult(ref, cur, difference, z, p, p.value() < ALPHA, convention);
    }
}
