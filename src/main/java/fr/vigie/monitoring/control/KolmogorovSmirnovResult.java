package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;
import java.util.List;

/**
 * Two-sample Kolmogorov–Smirnov statistic from cumulative shares at the right bin edges, with the asymptotic
 * (Smirnov) p-value of {@code scipy.stats.ks_2samp(method='asymp')}.
 *
 * @param referenceCdf cumulative reference share at each right edge
 * @param currentCdf cumulative current share at each right edge
 * @param statistic D, a lower bound of the raw-data D (so the p-value is conservative)
 * @param effectiveN {@code round(n·m/(n+m))}, rounding half to even as numpy does
 * @param pValue {@code kstwo.sf(D, effectiveN)}; undefined when {@code effectiveN} is 0
 * @param driftAtAlpha Evidently decision, {@code p <= 0.05}
 * @param severity whylogs p-value bands
 * @param informationalOnly true when the reference has more than 1000 observations: the p-value then fires on
 *     trivial shifts, and Evidently would use a distance instead
 * @param convention how the figures were computed
 */
public record KolmogorovSmirnovResult(
        List<Double> referenceCdf,
        List<Double> currentCdf,
        Figure statistic,
        long effectiveN,
        Figure pValue,
        boolean driftAtAlpha,
        Severity severity,
        boolean informationalOnly,
        Convention convention) {
}
