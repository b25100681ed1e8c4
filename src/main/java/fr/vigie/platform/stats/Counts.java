package fr.vigie.platform.stats;

/**
 * Validation of uploaded counts. Counts arrive as JSON numbers, so they are checked here to be finite, whole and
 * non-negative before any figure is computed from them.
 */
public final class Counts {

    /** Largest count accepted: beyond 2^53 a double no longer tells whole numbers apart. */
    private static final double MAX_EXACT = 9_007_199_254_740_992d;

    private Counts() {
    }

    /** One count; {@code field} names it in the refusal message (e.g. {@code groups.B.TP}). */
    public static long of(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.NON_FINITE_VALUE, field,
                    field + " must be a finite count, got " + value);
        }
        if (value < 0) {
            throw new InvalidStatisticsInputException(InvalidInputReason.NEGATIVE_COUNT, field,
                    field + " must not be negative, got " + value);
        }
        if (value != Math.rint(value)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.NON_INTEGER_COUNT, field,
                    field + " must be a whole number of observations, got " + value);
        }
        if (value > MAX_EXACT) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, field,
                    field + " is too large to be counted exactly (" + value + " > 2^53)");
        }
        return (long) value;
    }

    /** A vector of counts; element {@code i} is reported as {@code field[i]}. */
    public static long[] of(String field, double[] values) {
        if (values == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, field, field + " is missing");
        }
        long[] counts = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            // fast path without building the field name; any doubt goes through the checks that name it
            counts[i] = v >= 0 && v <= MAX_EXACT && v == Math.rint(v) ? (long) v : of(field + "[" + i + "]", v);
        }
        return counts;
    }

    /** Sum of validated counts, refused when zero because no share can be computed from an empty total. */
    public static long positiveTotal(String field, long[] counts) {
        long total = 0;
        for (long c : counts) {
            total = Math.addExact(total, c);
        }
        if (total == 0) {
            throw new InvalidStatisticsInputException(InvalidInputReason.EMPTY_TOTAL, field,
                    field + " sum to 0: no proportion can be computed from an empty distribution");
        }
        return total;
    }
}
