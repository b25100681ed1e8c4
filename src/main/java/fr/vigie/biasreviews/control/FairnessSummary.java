package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Figure;

/**
 * The named fairness criteria, Fairlearn "between groups" style.
 *
 * @param referenceGroup reference group of the versus-reference comparisons
 * @param demographicParityDifference selection-rate {@code max - min}
 * @param demographicParityRatio selection-rate {@code min / max}
 * @param fourFifthsRulePass demographic-parity ratio &ge; 0.8; {@code null} when the ratio is undefined
 * @param equalOpportunityDifference TPR {@code max - min}
 * @param equalOpportunityRatio TPR {@code min / max}
 * @param equalizedOddsDifference {@code max(TPR difference, FPR difference)} (Fairlearn agg='worst_case')
 * @param equalizedOddsRatio {@code min(TPR ratio, FPR ratio)}
 * @param predictiveParityDifference PPV {@code max - min}
 * @param predictiveParityRatio PPV {@code min / max}
 * @param fnrParityDifference FNR {@code max - min}
 * @param fnrParityRatio FNR {@code min / max}
 * @param fprParityDifference FPR {@code max - min}
 * @param fprParityRatio FPR {@code min / max}
 * @param convention how the criteria were computed
 */
public record FairnessSummary(
        String referenceGroup,
        Figure demographicParityDifference,
        Figure demographicParityRatio,
        Boolean fourFifthsRulePass,
        Figure equalOpportunityDifference,
        Figure equalOpportunityRatio,
        Figure equalizedOddsDifference,
        Figure equalizedOddsRatio,
        Figure predictiveParityDifference,
        Figure predictiveParityRatio,
        Figure fnrParityDifference,
        Figure fnrParityRatio,
        Figure fprParityDifference,
        Figure fprParityRatio,
        Convention convention) {
}
