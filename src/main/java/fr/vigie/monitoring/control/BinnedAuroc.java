package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Counts;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.ProbabilityTails;

/**
 * AUROC from summary data: per score bin, sorted by increasing score, the number of positive and negative cases.
 * {@code AUROC = Σ_b pos_b·(neg_below_b + ½·neg_b) / (P·N)}, the Mann–Whitney statistic with ties in a bin counted ½.
 */
public final class BinnedAuroc {

    /** seismometer's censor threshold, applied to the positives and negatives of a period. */
    public static final long MIN_CASES = 10;
    private static final double ALPHA = 0.05;

    private BinnedAuroc() {
    }

    public static AurocEstimate estimate(double[] positiveCounts, double[] negativeCounts) {
        long[] pos = Counts.of("positiveCounts", positiveCounts);
        long[] neg = Counts.of("negativeCounts", negativeCounts);
        if (pos.length != neg.length) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISMATCHED_LENGTH, "negativeCounts",
                    "negativeCounts has " + neg.length + " bins but positiveCounts has " + pos.length);
        }
        long positives = Counts.positiveTotal("positiveCounts", pos);
        long negatives = Counts.positiveTotal("negativeCounts", neg);
        double sum = 0;
        long negBelow = 0;
        for (int b = 0; b < pos.length; b++) {
            sum += pos[b] * (negBelow + 0.5 * neg[b]);
            negBelow += neg[b];
        }
        double p = positives;
        double n = negatives;
        double a = sum / (p * n);
        double q1 = a / (2 - a);
        double q2 = 2 * a * a / (1 + a);
        double variance = (a * (1 - a) + (p - 1) * (q1 - a * a) + (n - 1) * (q2 - a * a)) / (p * n);
        double se = Math.sqrt(Math.max(0, variance));
        double zc = ProbabilityTails.normalQuantile(1 - ALPHA / 2);
        Convention convention = Convention.of("auroc_binned", "Mann-Whitney U on score bins (checked against"
                                + " scipy.stats.mannwhitneyu); Hanley & McNeil 1982 standard error",
                        "A = sum_b pos_b*(neg_below_b + neg_b/2)/(P*N); Q1 = A/(2-A), Q2 = 2A^2/(1+A);"
                                + " SE = sqrt((A(1-A) + (P-1)(Q1-A^2) + (N-1)(Q2-A^2))/(P*N))")
                .withEpsilonRule("bins sorted by increasing score; ties within a bin count 1/2")
                .withDecisionRule("95% Wald interval A +/- 1.959964*SE; insufficient data when P or N < "
                        + MIN_CASES);
        return new AurocEstimate(a, se, a - zc * se, a + zc * se, positives, negatives,
                positives < MIN_CASES || negatives < MIN_CASES, convention);
    }

    /** Compares two independent periods: {@code z = (A_cur - A_ref) / √(SE_ref² + SE_cur²)}. */
    public static AurocComparison compare(AurocEstimate reference, AurocEstimate current) {
        if (reference == null || current == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE,
                    reference == null ? "reference" : "current", "both AUROC estimates are needed");
        }
        double difference = current.auroc() - reference.auroc();
        double se = Math.sqrt(reference.standardError() * reference.standardError()
                + current.standardError() * current.standardError());
        Figure z = Figure.quotient(difference, se, "NO_SAMPLING_ERROR");
        Figure p = z.defined() ? Figure.of(ProbabilityTails.normalTwoSided(z.asDouble())) : Figure.of(1);
        Convention convention = Convention.of("auroc_change", "Hanley & McNeil 1982, independent samples",
                        "z = (A_cur - A_ref)/sqrt(SE_ref^2 + SE_cur^2); p = 2(1 - Phi(|z|))")
                .withThreshold(ALPHA, "significant drop if z < 0 and p < alpha");
        return new AurocComparison(reference, current, difference, z, p,
                z.asDouble() < 0 && p.value() < ALPHA, convention);
    }
}
