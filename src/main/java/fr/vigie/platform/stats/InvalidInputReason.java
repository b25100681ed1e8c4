package fr.vigie.platform.stats;

/** Machine-readable reasons why statistical input is refused; stable codes, later exposed in problem+json. */
public enum InvalidInputReason {
    /** A required value or list is missing. */
    MISSING_VALUE,
    /** Two arrays that must be parallel have different lengths (counts vs bins or categories). */
    MISMATCHED_LENGTH,
    /** Reference and current histograms do not use the same bin edges. */
    MISMATCHED_BIN_EDGES,
    /** A category (or group) name appears twice or is blank. */
    DUPLICATE_CATEGORY,
    /** Fewer bins or categories than the computation needs. */
    TOO_FEW_BINS,
    /** A count is negative. */
    NEGATIVE_COUNT,
    /** A count is not a whole number. */
    NON_INTEGER_COUNT,
    /** A value is NaN or infinite where a finite number is required. */
    NON_FINITE_VALUE,
    /** A distribution, group or period has a total count of zero. */
    EMPTY_TOTAL,
    /** Bin edges are not strictly increasing. */
    NON_INCREASING_EDGES,
    /** An outer bin edge is infinite, which the computation cannot use (Wasserstein). */
    OPEN_ENDED_BIN,
    /** A test that needs exactly two categories received another number. */
    NOT_BINARY,
    /** No group was given. */
    NO_GROUPS,
    /** The named reference group is not among the groups. */
    UNKNOWN_REFERENCE_GROUP,
    /** A count exceeds the total it is part of (e.g. successes above trials). */
    COUNT_EXCEEDS_TOTAL,
    /** The reference window has too few points to estimate a standard deviation. */
    REFERENCE_WINDOW_TOO_SHORT,
    /** A series to monitor is empty. */
    EMPTY_SERIES,
    /** A parameter (k, h, λ, L, σ, threshold, multiplier…) is outside its valid range. */
    INVALID_PARAMETER
}
