package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.ProbabilityTails;

/**
 * The two χ² drift tests, which give different numbers by design: Evidently's goodness of fit treats the reference
 * as known; the contingency test (Alibi Detect, NannyML) accounts for sampling noise in both periods.
 */
final class ChiSquareTests {

    private ChiSquareTests() {
    }

    /** Evidently {@code chisquare_stattest}: {@code chisquare(f_obs=cur, f_exp=ref·m/n)}. */
    static ChiSquareResult goodnessOfFit(BinnedDistributions d, DriftThresholds t) {
        long[] ref = d.ref();
        long[] cur = d.cur();
        double scale = (double) d.currentTotal() / d.referenceTotal();
        int kept = 0;
        double statistic = 0;
        boolean expectedZero = false;
        for (int i = 0; i < ref.length; i++) {
            if (ref[i] + cur[i] == 0) {
                continue; // absent from both periods: Evidently never sees the category
            }
            kept++;
            double expected = ref[i] * scale;
            if (expected == 0) {
                expectedZero = true;
            } else {
                double diff = cur[i] - expected;
                statistic += diff * diff / expected;
            }
        }
        int dof = kept - 1;
        Figure stat = expectedZero ? Figure.positiveInfinity("EXPECTED_COUNT_ZERO") : Figure.of(statistic);
        Figure p = dof < 1 ? Figure.undefined("NO_DEGREES_OF_FREEDOM")
                : Figure.of(ProbabilityTails.chiSquareSurvival(stat.asDouble(), dof));
        Convention convention = Convention.of("chi2_goodness_of_fit", "Evidently chisquare_stattest"
                                + " (scipy.stats.chisquare)", "sum_i (cur_i - e_i)^2 / e_i with e_i = ref_i * m / n")
                .withEpsilonRule("categories absent from both periods dropped; e_i = 0 with cur_i > 0 gives"
                        + " +Infinity and p = 0; dof = kept categories - 1")
                .withThreshold(t.alpha(), "drift if p < alpha")
                .withBands(t.pValueBands().describe() + " (whylogs)");
        return result(stat, Math.max(dof, 0), p, false, d, t, convention);
    }

    /** {@code scipy.stats.chi2_contingency} on the 2×K table [ref; cur], Yates correction only when dof = 1. */
    static ChiSquareResult contingency(BinnedDistributions d, DriftThresholds t) {
        return contingency(d, t, true);
    }

    /** Same test; {@code yatesWhenOneDof = false} leaves Yates' correction out ({@code correction=False}). */
    static ChiSquareResult contingency(BinnedDistributions d, DriftThresholds t, boolean yatesWhenOneDof) {
        long[] ref = d.ref();
        long[] cur = d.cur();
        double n = d.referenceTotal();
        double m = d.currentTotal();
        double total = n + m;
        int kept = 0;
        for (int i = 0; i < ref.length; i++) {
            if (ref[i] + cur[i] > 0) {
                kept++;
            }
        }
        int dof = kept - 1;
        boolean yates = yatesWhenOneDof && dof == 1;
        double statistic = 0;
        for (int i = 0; i < ref.length; i++) {
            long column = ref[i] + cur[i];
            if (column == 0) {
                continue;
            }
            statistic += cell(ref[i], n * column / total, yates) + cell(cur[i], m * column / total, yates);
        }
        Figure stat = Figure.of(dof < 1 ? 0 : statistic);
        Figure p = Figure.of(dof < 1 ? 1 : ProbabilityTails.chiSquareSurvival(statistic, dof));
        Convention convention = Convention.of("chi2_contingency", "scipy.stats.chi2_contingency as used by Alibi"
                                + " Detect ChiSquareDrift and NannyML chi2",
                        "sum over the 2xK table of (O - E)^2 / E, E = row total * column total / grand total")
                .withEpsilonRule("columns absent from both periods dropped; " + (yatesWhenOneDof
                        ? "Yates continuity correction |O - E| reduced by min(0.5, |O - E|) only when dof == 1"
                        : "no Yates continuity correction (correction=False)") + "; dof = 0 gives statistic 0, p = 1")
                .withThreshold(t.alpha(), "drift if p < alpha")
                .withBands(t.pValueBands().describe() + " (whylogs)");
        return result(stat, Math.max(dof, 0), p, yates, d, t, convention);
    }

    private static double cell(long observed, double expected, boolean yates) {
        double diff = observed - expected;
        if (yates) {
            // scipy: observed + sign(expected - observed) * min(0.5, |expected - observed|)
            diff = Math.signum(diff) * Math.max(0, Math.abs(diff) - 0.5);
        }
        return diff * diff / expected;
    }

    private static ChiSquareResult result(Figure stat, int dof, Figure p, boolean yates, BinnedDistributions d,
            DriftThresholds t, Convention convention) {
        boolean drift = p.finite() && p.value() < t.alpha();
        return new ChiSquareResult(stat, dof, p, yates, drift, t.pValueBands().classify(p),
                d.referenceTotal() > t.pValueInformationalAbove(), convention);
    }
}
