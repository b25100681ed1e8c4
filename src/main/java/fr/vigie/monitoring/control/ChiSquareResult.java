package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;

/**
 * A χ² test of drift, either Evidently's goodness of fit or the 2×K contingency test of Alibi Detect and NannyML.
 *
 * @param statistic χ² statistic; +∞ for the goodness of fit when a category has an expected count of 0
 * @param degreesOfFreedom categories present in either period, minus one
 * @param pValue upper-tail χ² probability; undefined with 0 degrees of freedom (goodness of fit)
 * @param yatesCorrection true when the continuity correction was applied (contingency test with 1 degree of freedom)
 * @param driftAtAlpha tool decision, {@code p < 0.05}
 * @param severity whylogs p-value bands
 * @param informationalOnly true when the reference has more than 1000 observations (see KS)
 * @param convention how the figures were computed
 */
public record ChiSquareResult(
        Figure statistic,
        int degreesOfFreedom,
        Figure pValue,
        boolean yatesCorrection,
        boolean driftAtAlpha,
        Severity severity,
        boolean informationalOnly,
        Convention convention) {
}
