package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Figure;
import java.util.function.ToLongFunction;

/**
 * The per-group rates of a confusion matrix. A rate whose denominator is 0 is undefined (Aequitas behaviour), never
 * 0 as Fairlearn/sklearn would report, and its group is left out of that rate's aggregates.
 */
public enum FairnessRate {
    /** (TP+FP)/n; Aequitas pprev; the demographic-parity rate. */
    SELECTION_RATE("selection_rate", ConfusionMatrix::predictedPositives, ConfusionMatrix::n, "EMPTY_GROUP"),
    /** TP/(TP+FN), sensitivity; the equal-opportunity rate. */
    TPR("tpr", ConfusionMatrix::tp, ConfusionMatrix::positives, "NO_POSITIVES"),
    /** FP/(FP+TN). */
    FPR("fpr", ConfusionMatrix::fp, ConfusionMatrix::negatives, "NO_NEGATIVES"),
    /** FN/(TP+FN). */
    FNR("fnr", ConfusionMatrix::fn, ConfusionMatrix::positives, "NO_POSITIVES"),
    /** TN/(FP+TN), specificity. */
    TNR("tnr", ConfusionMatrix::tn, ConfusionMatrix::negatives, "NO_NEGATIVES"),
    /** TP/(TP+FP), precision; the predictive-parity rate. */
    PPV("ppv", ConfusionMatrix::tp, ConfusionMatrix::predictedPositives, "NO_PREDICTED_POSITIVES"),
    /** TN/(TN+FN). */
    NPV("npv", ConfusionMatrix::tn, ConfusionMatrix::predictedNegatives, "NO_PREDICTED_NEGATIVES"),
    /** FP/(TP+FP). */
    FDR("fdr", ConfusionMatrix::fp, ConfusionMatrix::predictedPositives, "NO_PREDICTED_POSITIVES"),
    /** FN/(FN+TN), false omission rate. */
    FOR("for", ConfusionMatrix::fn, ConfusionMatrix::predictedNegatives, "NO_PREDICTED_NEGATIVES"),
    /** (TP+TN)/n. */
    ACCURACY("accuracy", m -> m.tp() + m.tn(), ConfusionMatrix::n, "EMPTY_GROUP"),
    /** (TP+FN)/n, the base rate. */
    PREVALENCE("prevalence", ConfusionMatrix::positives, ConfusionMatrix::n, "EMPTY_GROUP");

    private final String key;
    private final ToLongFunction<ConfusionMatrix> numerator;
    private final ToLongFunction<ConfusionMatrix> denominator;
    private final String undefinedReason;

    FairnessRate(String key, ToLongFunction<ConfusionMatrix> numerator, ToLongFunction<ConfusionMatrix> denominator,
            String undefinedReason) {
        this.key = key;
        this.numerator = numerator;
        this.denominator = denominator;
        this.undefinedReason = undefinedReason;
    }

    /** Snake-case key used by the spec and the reference vectors, e.g. {@code selection_rate}. */
    public String key() {
        return key;
    }

    /** The rate of one group; undefined (with the reason, e.g. {@code NO_POSITIVES}) when its denominator is 0. */
    public Figure of(ConfusionMatrix m) {
        return Figure.quotient(numerator.applyAsLong(m), denominator.applyAsLong(m), undefinedReason);
    }
}
