package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Counts;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated pair of binned distributions, reference and current, over the same bins or categories: the input of
 * every drift metric. Notation of the spec: {@code p_i = ref_i / n}, {@code q_i = cur_i / m}.
 */
public final class BinnedDistributions {

    /** Whether the bins are numeric intervals or categories. */
    public enum Kind {
        NUMERIC,
        CATEGORICAL
    }

    private final Kind kind;
    private final double[] binEdges;
    private final List<String> categories;
    private final long[] reference;
    private final long[] current;
    private final long referenceTotal;
    private final long currentTotal;
    private final double[] p;
    private final double[] q;

    private BinnedDistributions(Kind kind, double[] binEdges, List<String> categories, long[] reference,
            long[] current) {
        this.kind = kind;
        this.binEdges = binEdges;
        this.categories = categories;
        this.reference = reference;
        this.current = current;
        this.referenceTotal = Counts.positiveTotal("reference.counts", reference);
        this.currentTotal = Counts.positiveTotal("current.counts", current);
        this.p = shares(reference, referenceTotal);
        this.q = shares(current, currentTotal);
    }

    /** Two histograms of a numeric variable; both must use the same, strictly increasing, edges. */
    public static BinnedDistributions numeric(Histogram reference, Histogram current) {
        require(reference, "reference");
        require(current, "current");
        double[] edges = checkEdges("reference.binEdges", reference.binEdges());
        double[] currentEdges = checkEdges("current.binEdges", current.binEdges());
        if (!Arrays.equals(edges, currentEdges)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISMATCHED_BIN_EDGES, "current.binEdges",
                    "current.binEdges " + Arrays.toString(currentEdges) + " differ from reference.binEdges "
                            + Arrays.toString(edges) + ": both periods must use the same bins");
        }
        long[] ref = countsFor("reference.counts", reference.counts(), edges.length - 1, "bins");
        long[] cur = countsFor("current.counts", current.counts(), edges.length - 1, "bins");
        return new BinnedDistributions(Kind.NUMERIC, edges, null, ref, cur);
    }

    /**
     * Category counts of two periods, aligned on the union of their categories (reference order first, then
     * categories seen only in the current period), with 0 where a category is absent.
     */
    public static BinnedDistributions categorical(CategoryCounts reference, CategoryCounts current) {
        require(reference, "reference");
        require(current, "current");
        Map<String, long[]> union = new LinkedHashMap<>();
        collect(union, "reference", reference, 0);
        collect(union, "current", current, 1);
        if (union.size() < 2) {
            throw new InvalidStatisticsInputException(InvalidInputReason.TOO_FEW_BINS, "categories",
                    "drift needs at least 2 categories across both periods, got " + union.size());
        }
        long[] ref = new long[union.size()];
        long[] cur = new long[union.size()];
        int i = 0;
        for (long[] pair : union.values()) {
            ref[i] = pair[0];
            cur[i++] = pair[1];
        }
        return new BinnedDistributions(Kind.CATEGORICAL, null, List.copyOf(union.keySet()), ref, cur);
    }

    /** Both periods counted over one list of categories. */
    public static BinnedDistributions categorical(List<String> categories, double[] referenceCounts,
            double[] currentCounts) {
        return categorical(new CategoryCounts(categories, referenceCounts), new CategoryCounts(categories,
                currentCounts));
    }

    public Kind kind() {
        return kind;
    }

    public int size() {
        return p.length;
    }

    /** Bin edges (numeric only), {@code null} for categories. */
    public double[] binEdges() {
        return binEdges == null ? null : binEdges.clone();
    }

    /** Category labels (categorical only), {@code null} for numeric bins. */
    public List<String> categories() {
        return categories;
    }

    public long referenceTotal() {
        return referenceTotal;
    }

    public long currentTotal() {
        return currentTotal;
    }

    public long[] referenceCounts() {
        return reference.clone();
    }

    public long[] currentCounts() {
        return current.clone();
    }

    /** Reference shares {@code p_i}. */
    public double[] referenceShares() {
        return p.clone();
    }

    /** Current shares {@code q_i}. */
    public double[] currentShares() {
        return q.clone();
    }

    /** True when both outer edges are finite (numeric only). */
    boolean hasFiniteEdges() {
        return binEdges != null && Double.isFinite(binEdges[0]) && Double.isFinite(binEdges[binEdges.length - 1]);
    }

    // Package-private views without copies, for the calculators of this package.
    double[] p() {
        return p;
    }

    double[] q() {
        return q;
    }

    long[] ref() {
        return reference;
    }

    long[] cur() {
        return current;
    }

    double[] edges() {
        return binEdges;
    }

    private static double[] shares(long[] counts, long total) {
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = (double) counts[i] / total;
        }
        return shares;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, field, field + " is missing");
        }
    }

    private static double[] checkEdges(String field, double[] edges) {
        require(edges, field);
        if (edges.length < 3) {
            throw new InvalidStatisticsInputException(InvalidInputReason.TOO_FEW_BINS, field,
                    field + " must define at least 2 bins (3 edges), got " + edges.length + " edges");
        }
        for (int i = 0; i < edges.length; i++) {
            boolean openEnd = (i == 0 && edges[i] == Double.NEGATIVE_INFINITY)
                    || (i == edges.length - 1 && edges[i] == Double.POSITIVE_INFINITY);
            if (!Double.isFinite(edges[i]) && !openEnd) {
                throw new InvalidStatisticsInputException(InvalidInputReason.NON_FINITE_VALUE, field + "[" + i + "]",
                        field + "[" + i + "] is " + edges[i] + ": only the first edge may be -Infinity and the last"
                                + " +Infinity");
            }
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new InvalidStatisticsInputException(InvalidInputReason.NON_INCREASING_EDGES,
                        field + "[" + i + "]", field + " must be strictly increasing, but edge " + i + " ("
                                + edges[i] + ") is not above edge " + (i - 1) + " (" + edges[i - 1] + ")");
            }
        }
        return edges;
    }

    private static long[] countsFor(String field, double[] counts, int expected, String what) {
        require(counts, field);
        if (counts.length != expected) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISMATCHED_LENGTH, field,
                    field + " has " + counts.length + " values for " + expected + " " + what);
        }
        return Counts.of(field, counts);
    }

    private static void collect(Map<String, long[]> union, String period, CategoryCounts counts, int slot) {
        String field = period + ".categories";
        require(counts.categories(), field);
        long[] values = countsFor(period + ".counts", counts.counts(), counts.categories().size(), "categories");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            String label = counts.categories().get(i);
            if (label == null || label.isBlank()) {
                throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, field + "[" + i + "]",
                        field + "[" + i + "] must be a non-blank category label");
            }
            if (!seen.add(label)) {
                throw new InvalidStatisticsInputException(InvalidInputReason.DUPLICATE_CATEGORY, field + "[" + i + "]",
                        field + " lists '" + label + "' twice");
            }
            union.computeIfAbsent(label, k -> new long[2])[slot] = values[i];
        }
    }
}
