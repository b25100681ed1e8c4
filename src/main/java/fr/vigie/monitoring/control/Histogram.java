package fr.vigie.monitoring.control;

import java.util.Arrays;

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

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram h && Arrays.equals(binEdges, h.binEdges) && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(binEdges) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[binEdges=" + Arrays.toString(binEdges) + ", counts=" + Arrays.toString(counts) + "]";
    }
}
