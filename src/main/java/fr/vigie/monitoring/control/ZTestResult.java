package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;

/**
 * Two-proportion Z-test for a binary categorical variable (Evidently's default when there are at most 2 values).
 *
 * @param category the category whose share is compared (the first one); the sign of z depends on it, p does not
 * @param referenceShare its share in the reference period
 * @param currentShare its share in the current period
 * @param z {@code (p1 - p2) / √(P(1-P)(1/n1 + 1/n2))}; undefined when both periods hold a single, identical value
 * @param pValue two-sided normal p-value; 1 when both periods hold a single, identical value (Evidently)
 * @param driftAtAlpha Evidently decision, {@code p < 0.05}
 * @param severity whylogs p-value bands
 * @param informationalOnly true when the reference has more than 1000 observations (see KS)
 * @param convention how the figures were computed
 */
public record ZTestResult(
        String category,
        double referenceShare,
        double currentShare,
        Figure z,
        Figure pValue,
        boolean driftAtAlpha,
        Severity severity,
        boolean informationalOnly,
        Convention convention) {
}
