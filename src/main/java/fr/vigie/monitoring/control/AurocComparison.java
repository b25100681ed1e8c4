package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;

/**
 * Change of AUROC between two independent periods.
 *
 * @param reference reference-period estimate
 * @param current current-period estimate
 * @param difference {@code A_cur - A_ref}
 * @param z {@code (A_cur - A_ref) / √(SE_ref² + SE_cur²)}; infinite when both SEs are 0 and the AUROCs differ
 * @param pValue two-sided normal p-value
 * @param significantDrop true when {@code z < 0} and {@code p < 0.05}
 * @param convention how the figures were computed
 */
public record AurocComparison(
        AurocEstimate reference,
        AurocEstimate current,
        double difference,
        Figure z,
        Figure pValue,
        boolean significantDrop,
        Convention convention) {
}
