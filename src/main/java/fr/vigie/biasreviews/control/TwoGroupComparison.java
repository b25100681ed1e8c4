package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;

/**
 * AIF360's signed two-group metrics, unprivileged (the non-reference group) minus privileged (the reference group).
 * Ideal value 0 for differences and 1 for the disparate impact.
 *
 * @param unprivileged the non-reference group
 * @param privileged the reference group
 * @param statisticalParityDifference {@code SR_u - SR_p}
 * @param disparateImpact {@code SR_u / SR_p}
 * @param equalOpportunityDifference {@code TPR_u - TPR_p}
 * @param averageOddsDifference {@code ((FPR_u - FPR_p) + (TPR_u - TPR_p)) / 2}
 * @param averageAbsOddsDifference {@code (|FPR_u - FPR_p| + |TPR_u - TPR_p|) / 2}
 * @param equalizedOddsDifference {@code max(|FPR_u - FPR_p|, |TPR_u - TPR_p|)}
 * @param falseNegativeRateDifference {@code FNR_u - FNR_p}
 * @param ppvDifference {@code PPV_u - PPV_p}
 * @param convention how the metrics were computed
 */
public record TwoGroupComparison(
        String unprivileged,
        String privileged,
        Figure statisticalParityDifference,
        Figure disparateImpact,
        Figure equalOpportunityDifference,
        Figure averageOddsDifference,
        Figure averageAbsOddsDifference,
        Figure equalizedOddsDifference,
        Figure falseNegativeRateDifference,
        Figure ppvDifference,
        Convention convention) {
}
