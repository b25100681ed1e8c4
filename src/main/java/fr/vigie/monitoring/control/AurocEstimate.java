package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;

/**
 * AUROC of one period from score-bin histograms per class, with the Hanley–McNeil standard error.
 *
 * @param auroc Mann–Whitney AUROC, ties within a bin counted ½
 * @param standardError Hanley &amp; McNeil (1982) standard error
 * @param ci95Lower {@code auroc - 1.959964·SE} (Wald, not clipped to [0, 1])
 * @param ci95Upper {@code auroc + 1.959964·SE}
 * @param positives P, number of positive cases
 * @param negatives N, number of negative cases
 * @param insufficientData true when P or N is below 10: the period is too small for a stable AUROC
 * @param convention how the figures were computed
 */
public record AurocEstimate(
        double auroc,
        double standardError,
        double ci95Lower,
        double ci95Upper,
        long positives,
        long negatives,
        boolean insufficientData,
        Convention convention) {
}
