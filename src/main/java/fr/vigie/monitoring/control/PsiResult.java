package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;
import java.util.List;

/**
 * Population Stability Index with Evidently's zero-share rule.
 *
 * @param value PSI, natural log
 * @param binTerms contribution of each bin, {@code (p_i - q_i)·ln(p_i/q_i)} after the zero fill
 * @param epsilonReference fill value of the reference distribution (used only where a share is 0)
 * @param epsilonCurrent fill value of the current distribution
 * @param severity registry band
 * @param driftAtDefaultThreshold Evidently decision, {@code psi >= 0.1}
 * @param convention how the figure was computed
 */
public record PsiResult(
        Figure value,
        List<Double> binTerms,
        double epsilonReference,
        double epsilonCurrent,
        Severity severity,
        boolean driftAtDefaultThreshold,
        Convention convention) {
}
