package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Figure;
import java.util.Map;

/**
 * Every rate of one group.
 *
 * @param group group label
 * @param matrix the group's confusion matrix
 * @param n group size
 * @param positives actual positives, TP+FN
 * @param predictedPositives predicted positives, TP+FP
 * @param insufficientData true when {@code n} is below the censor threshold: shown, but not banded
 * @param rates each rate; undefined (0/0) rates are explicit, with their reason
 */
public record GroupRates(
        String group,
        ConfusionMatrix matrix,
        long n,
        long positives,
        long predictedPositives,
        boolean insufficientData,
        Map<FairnessRate, Figure> rates) {

    public Figure rate(FairnessRate rate) {
        return rates.get(rate);
    }
}
