package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;
import java.util.List;

/**
 * Wasserstein-1 distance between two histograms with each bin's mass at its centre, and Evidently's normed form.
 *
 * @param binCentres the centres used as support
 * @param distance W1 in the variable's unit
 * @param referenceStd population standard deviation of the reference histogram at the bin centres
 * @param normed {@code distance / max(referenceStd, 0.001)} (Evidently "wasserstein")
 * @param referenceHasNoSpread true when {@code referenceStd < 1e-9}: the normed value then only reflects the 0.001
 *     floor and should not be read as a drift size
 * @param severity registry band on {@code normed}
 * @param driftAtDefaultThreshold Evidently decision, {@code normed >= 0.1}
 * @param convention how the figures were computed
 */
public record WassersteinResult(
        List<Double> binCentres,
        Figure distance,
        double referenceStd,
        Figure normed,
        boolean referenceHasNoSpread,
        Severity severity,
        boolean driftAtDefaultThreshold,
        Convention convention) {
}
