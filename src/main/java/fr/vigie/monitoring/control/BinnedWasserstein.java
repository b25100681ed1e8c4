package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.DoubleList;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;

/** Wasserstein-1 distance between two histograms, each bin's mass at its centre, and Evidently's normed form. */
final class BinnedWasserstein {

    /** Evidently's floor on the reference standard deviation. */
    static final double STD_FLOOR = 0.001;
    /** Below this the reference is flagged as having no spread (spec §2.6). */
    static final double NO_SPREAD = 1e-9;

    private BinnedWasserstein() {
    }

    static WassersteinResult compute(BinnedDistributions d, DriftThresholds t) {
        double[] edges = d.edges();
        if (edges == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "reference.binEdges",
                    "Wasserstein distance needs numeric bins with edges; categories have no distance between them");
        }
        if (!d.hasFiniteEdges()) {
            boolean lowOpen = Double.isInfinite(edges[0]);
            throw new InvalidStatisticsInputException(InvalidInputReason.OPEN_ENDED_BIN,
                    "reference.binEdges[" + (lowOpen ? 0 : edges.length - 1) + "]",
                    "Wasserstein distance needs finite bin edges to place each bin's mass at its centre: clip the"
                            + " open-ended " + (lowOpen ? "first" : "last") + " bin to a finite edge");
        }
        int k = d.size();
        double[] centres = new double[k];
        for (int i = 0; i < k; i++) {
            centres[i] = (edges[i] + edges[i + 1]) / 2;
        }
        long[] ref = d.ref();
        long[] cur = d.cur();
        double n = d.referenceTotal();
        double m = d.currentTotal();
        long cumRef = 0;
        long cumCur = 0;
        double w1 = 0;
        for (int i = 0; i < k - 1; i++) {
            cumRef += ref[i];
            cumCur += cur[i];
            w1 += Math.abs(cumRef / n - cumCur / m) * (centres[i + 1] - centres[i]);
        }
        double std = referenceStd(d.p(), centres);
        Figure normed = Figure.of(w1 / Math.max(std, STD_FLOOR));
        Convention convention = Convention.of("wasserstein_normed",
                        "Evidently wasserstein (W1 / max(std_ref, 0.001)); scipy.stats.wasserstein_distance on bin"
                                + " centres", "W1 = sum_{i<k} |F_i - G_i| * (c_{i+1} - c_i); normed = W1 / max(std, 0.001)")
                .withEpsilonRule("std_ref = population std (ddof=0) of the reference histogram at bin centres,"
                        + " an approximation of the raw-data std; flagged as no spread below 1e-9")
                .withThreshold(t.wassersteinThreshold(), "drift if normed >= threshold")
                .withBands(t.wassersteinBands().describe() + " (on normed)");
        return new WassersteinResult(DoubleList.copyOf(centres), Figure.of(w1), std, normed, std < NO_SPREAD,
                t.wassersteinBands().classify(normed), normed.value() >= t.wassersteinThreshold(), convention);
    }

    private static double referenceStd(double[] p, double[] centres) {
        double mean = 0;
        for (int i = 0; i < p.length; i++) {
            mean += p[i] * centres[i];
        }
        double variance = 0;
        for (int i = 0; i < p.length; i++) {
            double dev = centres[i] - mean;
            variance += p[i] * dev * dev;
        }
        return Math.sqrt(variance);
    }
}
