package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.ProbabilityTails;

/** Evidently's two-proportion Z-test ({@code z_stattest}) for a variable with two categories. */
final class TwoProportionZTest {

    private TwoProportionZTest() {
    }

    static ZTestResult compute(BinnedDistributions d, DriftThresholds t) {
        if (d.size() != 2) {
            throw new InvalidStatisticsInputException(InvalidInputReason.NOT_BINARY, "categories",
                    "the two-proportion Z-test needs exactly 2 categories, got " + d.size());
        }
        double n1 = d.referenceTotal();
        double n2 = d.currentTotal();
        double p1 = d.ref()[0] / n1;
        double p2 = d.cur()[0] / n2;
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        Figure z;
        Figure p;
        if (variance == 0) {
            // both periods hold the same single value: Evidently returns p = 1
            z = Figure.undefined("NO_VARIANCE");
            p = Figure.of(1);
        } else {
            double zValue = (p1 - p2) / Math.sqrt(variance);
            z = Figure.of(zValue);
            p = Figure.of(ProbabilityTails.normalTwoSided(zValue));
        }
        String category = d.categories() == null ? "bin 0" : d.categories().get(0);
        Convention convention = Convention.of("z_test", "Evidently z_stattest (proportions_diff_z_test)",
                        "z = (p1 - p2) / sqrt(P(1-P)(1/n1 + 1/n2)), P pooled share; p = 2(1 - Phi(|z|))")
                .withEpsilonRule("shares of the first category; p = 1 when both periods hold one identical value")
                .withThreshold(t.alpha(), "drift if p < alpha")
                .withBands(t.pValueBands().describe() + " (whylogs)");
        return new ZTestResult(category, p1, p2, z, p, p.value() < t.alpha(), t.pValueBands().classify(p),
                d.referenceTotal() > t.pValueInformationalAbove(), convention);
    }
}
