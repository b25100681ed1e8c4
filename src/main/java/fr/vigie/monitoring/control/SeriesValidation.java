package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;

/** Checks shared by the performance-over-time computations. */
final class SeriesValidation {

    private SeriesValidation() {
    }

    static double[] finiteSeries(String field, double[] values) {
        if (values == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, field, field + " is missing");
        }
        if (values.length == 0) {
            throw new InvalidStatisticsInputException(InvalidInputReason.EMPTY_SERIES, field,
                    field + " has no values to evaluate");
        }
        for (int i = 0; i < values.length; i++) {
            finite(field + "[" + i + "]", values[i]);
        }
        return values.clone();
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.NON_FINITE_VALUE, field,
                    field + " must be a finite number, got " + value);
        }
        return value;
    }

    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, field,
                    field + " must be a finite number above 0, got " + value);
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, field,
                    field + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population standard deviation (ddof = 0), as {@code np.nanstd} in NannyML. */
    static double populationStd(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    static Integer firstTrue(boolean[] flags) {
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                return i;
            }
        }
        return null;
    }
}
