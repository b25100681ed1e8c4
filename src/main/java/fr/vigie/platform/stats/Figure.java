package fr.vigie.platform.stats;

import java.util.Objects;

/**
 * A computed number that may legitimately be undefined (a 0/0 rate) or infinite (a χ² statistic with an expected
 * count of 0). It is JSON-safe: {@code value} is set only when the figure is finite, so NaN and ±Infinity never reach
 * a JSON document, and {@code reason} says why a figure is not finite.
 *
 * @param status whether the figure is finite, undefined or infinite
 * @param value the value when {@code status} is {@link Status#FINITE}, otherwise {@code null}
 * @param reason machine-readable cause of a non-finite figure (e.g. {@code NO_POSITIVES}), {@code null} when finite
 */
public record Figure(Status status, Double value, String reason) {

    /** Kind of figure. */
    public enum Status {
        FINITE,
        UNDEFINED,
        POSITIVE_INFINITY,
        NEGATIVE_INFINITY
    }

    public Figure {
        Objects.requireNonNull(status, "status");
        if (status == Status.FINITE) {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a FINITE figure needs a finite value, got " + value);
            }
            if (reason != null) {
                throw new IllegalArgumentException("a FINITE figure has no reason");
            }
        } else if (value != null) {
            throw new IllegalArgumentException("a " + status + " figure has no value");
        }
    }

    /**
     * Wraps a computed double. Infinite values become infinite figures; NaN is refused because an undefined result
     * must be produced explicitly, with its reason, through {@link #undefined(String)}.
     */
    public static Figure of(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN must be reported with Figure.undefined(reason)");
        }
        if (value == Double.POSITIVE_INFINITY) {
            return new Figure(Status.POSITIVE_INFINITY, null, null);
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return new Figure(Status.NEGATIVE_INFINITY, null, null);
        }
        return new Figure(Status.FINITE, value, null);
    }

    public static Figure undefined(String reason) {
        return new Figure(Status.UNDEFINED, null, Objects.requireNonNull(reason, "reason"));
    }

    public static Figure positiveInfinity(String reason) {
        return new Figure(Status.POSITIVE_INFINITY, null, reason);
    }

    /**
     * {@code numerator / denominator} with the registry's convention for a zero denominator: 0/0 is undefined (with
     * the given reason), x/0 is ±infinite.
     */
    public static Figure quotient(double numerator, double denominator, String reasonIfZeroOverZero) {
        if (denominator == 0) {
            if (numerator == 0) {
                return undefined(reasonIfZeroOverZero);
            }
            return numerator > 0
                    ? new Figure(Status.POSITIVE_INFINITY, null, "DIVISION_BY_ZERO")
                    : new Figure(Status.NEGATIVE_INFINITY, null, "DIVISION_BY_ZERO");
        }
        return of(numerator / denominator);
    }

    /** True when the figure has a finite value. Not named {@code isFinite} so that JSON binders do not emit it. */
    public boolean finite() {
        return status == Status.FINITE;
    }

    /** True unless the figure is {@link Status#UNDEFINED}. */
    public boolean defined() {
        return status != Status.UNDEFINED;
    }

    /** The figure as a primitive for further arithmetic: ±Infinity when infinite, NaN when undefined. */
    public double asDouble() {
        return switch (status) {
            case FINITE -> value;
            case POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY -> Double.NEGATIVE_INFINITY;
            case UNDEFINED -> Double.NaN;
        };
    }

    @Override
    public String toString() {
        return status == Status.FINITE ? String.valueOf(value) : status + (reason == null ? "" : "(" + reason + ")");
    }
}
