package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;

/**
 * A single divergence or distance (KL, Hellinger, L∞).
 *
 * @param value the figure
 * @param severity registry band, or {@code null} when the spec defines no band for this metric (KL, L∞)
 * @param driftAtDefaultThreshold the tool's default decision, or {@code null} when the tool has no fixed default
 *     (NannyML's L∞ threshold is derived from reference chunks)
 * @param convention how the figure was computed
 */
public record DistanceResult(Figure value, Severity severity, Boolean driftAtDefaultThreshold, Convention convention) {
}
