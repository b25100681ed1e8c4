package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;

/**
 * Change of a proportion between a reference and a current period.
 *
 * @param reference reference-period proportion and Wilson interval
 * @param current current-period proportion and Wilson interval
 * @param difference {@code p_cur - p_ref}
 * @param z pooled two-proportion z, {@code (p_cur - p_ref)/√(P(1-P)(1/n_ref + 1/n_cur))}; undefined when the pooled
 *     proportion is 0 or 1
 * @param pValue two-sided normal p-value (1 when z is undefined: both periods are identical)
 * @param significantChange true when {@code p < 0.05}
 * @param convention how the figures were computed
 */
public record ProportionChangeResult(
        ProportionEstimate reference,
        ProportionEstimate current,
        double difference,
        Figure z,
        Figure pValue,
        boolean significantChange,
        Convention convention) {
}
