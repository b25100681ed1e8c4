package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;

/**
 * Jensen–Shannon distance and divergence in both log bases: Evidently reports the natural-log distance (range
 * [0, √ln2]), NannyML the base-2 distance (range [0, 1]).
 *
 * @param distanceLn √JSD with natural logs (Evidently)
 * @param distanceBase2 √JSD with base-2 logs (NannyML) = distanceLn / √ln2
 * @param divergenceLn JSD with natural logs = distanceLn²
 * @param divergenceBase2 JSD with base-2 logs = distanceBase2²
 * @param severity registry band on {@code distanceLn}
 * @param driftAtDefaultThreshold Evidently decision, {@code distanceLn >= 0.1}
 * @param convention how the figures were computed
 */
public record JensenShannonResult(
        Figure distanceLn,
        Figure distanceBase2,
        Figure divergenceLn,
        Figure divergenceBase2,
        Severity severity,
        boolean driftAtDefaultThreshold,
        Convention convention) {
}
