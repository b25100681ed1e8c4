package fr.vigie.monitoring.control;

/**
 * One period's histogram of a numeric variable, as uploaded: {@code binEdges} has one more element than
 * {@code counts}. The outer edges may be ±∞ (open-ended bins) except for Wasserstein. Counts are JSON numbers and are
 * validated (whole, non-negative) when the pair is compared.
 *
 * @param binEdges strictly increasing bin edges, {@code k + 1} values
 * @param counts observations per bin, {@code k} values
 */
public record Histogram(double[] binEdges, double[] counts) {

    public Histogram {
        binEdges = binEdges == null ? null : binEdges.clone();
        counts = counts == null ? null : counts.clone();
    }

    @Override
    public double[] binEdges() {
        return binEdges == null ? null : binEdges.clone();
    }

    @Override
    public double[] counts() {
        return counts == null ? null : counts.clone();
    }
}
