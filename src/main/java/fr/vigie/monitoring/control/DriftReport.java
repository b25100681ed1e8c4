package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Figure;
import java.util.List;

/**
 * Every drift figure for one variable and one pair of periods. Pick one primary metric per variable (PSI by default)
 * and show the others as secondary: they disagree by design (spec §6).
 *
 * @param kind numeric bins or categories
 * @param binEdges bin edges (numeric; an open outer edge is an infinite figure), {@code null} for categories
 * @param categories aligned category labels (categorical), {@code null} for numeric bins
 * @param nReference reference total
 * @param nCurrent current total
 * @param referenceProportions reference shares
 * @param currentProportions current shares
 * @param psi Population Stability Index
 * @param kullbackLeibler KL(ref||cur)
 * @param jensenShannon Jensen–Shannon distance and divergence
 * @param hellinger Hellinger distance
 * @param lInfinity L∞ distance
 * @param wasserstein Wasserstein distance; {@code null} for categories and for open-ended numeric bins (call
 *     {@link DriftCalculator#wasserstein} to get the refusal reason)
 * @param kolmogorovSmirnov KS test; {@code null} for categories, which have no order
 * @param chiSquareGoodnessOfFit Evidently χ² goodness of fit
 * @param chiSquareContingency 2×K contingency χ² (recommended χ² variant)
 * @param twoProportionZ Z-test; present only for exactly two categories
 */
public record DriftReport(
        BinnedDistributions.Kind kind,
        List<Figure> binEdges,
        List<String> categories,
        long nReference,
        long nCurrent,
        List<Double> referenceProportions,
        List<Double> currentProportions,
        PsiResult psi,
        DistanceResult kullbackLeibler,
        JensenShannonResult jensenShannon,
        DistanceResult hellinger,
        DistanceResult lInfinity,
        WassersteinResult wasserstein,
        KolmogorovSmirnovResult kolmogorovSmirnov,
        ChiSquareResult chiSquareGoodnessOfFit,
        ChiSquareResult chiSquareContingency,
        ZTestResult twoProportionZ) {
}
