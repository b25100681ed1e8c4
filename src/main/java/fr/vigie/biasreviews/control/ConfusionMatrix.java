package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Counts;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;

/**
 * Binary confusion matrix of one group at the deployed score threshold.
 *
 * @param tp true positives
 * @param fp false positives
 * @param tn true negatives
 * @param fn false negatives
 */
public record ConfusionMatrix(long tp, long fp, long tn, long fn) {

    public ConfusionMatrix {
        long[] cells = {tp, fp, tn, fn};
        String[] names = {"TP", "FP", "TN", "FN"};
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] < 0) {
                throw new InvalidStatisticsInputException(InvalidInputReason.NEGATIVE_COUNT, names[i],
                        names[i] + " must not be negative, got " + cells[i]);
            }
        }
    }

    /** Builds a matrix from uploaded JSON numbers, refusing negative or non-whole counts with the group's name. */
    public static ConfusionMatrix of(String group, double tp, double fp, double tn, double fn) {
        String prefix = "groups." + group + ".";
        return new ConfusionMatrix(Counts.of(prefix + "TP", tp), Counts.of(prefix + "FP", fp),
                Counts.of(prefix + "TN", tn), Counts.of(prefix + "FN", fn));
    }

    /** Group size, TP+FP+TN+FN. */
    public long n() {
        return Math.addExact(Math.addExact(tp, fp), Math.addExact(tn, fn));
    }

    /** Actual positives, TP+FN. */
    public long positives() {
        return tp + fn;
    }

    /** Actual negatives, FP+TN. */
    public long negatives() {
        return fp + tn;
    }

    /** Predicted positives, TP+FP. */
    public long predictedPositives() {
        return tp + fp;
    }

    /** Predicted negatives, TN+FN. */
    public long predictedNegatives() {
        return tn + fn;
    }
}
