package fr.vigie.platform.stats;

/**
 * Three-level severity bands. For distances (higher is worse) a value is {@code moderate} from {@code moderate}
 * and {@code significant} from {@code significant}, both inclusive, as Evidently compares {@code value >= threshold}.
 * For p-values (lower is worse) a value is significant below {@code significant} and moderate below {@code moderate},
 * both strict, as in the whylogs bands.
 *
 * @param direction whether higher or lower values are worse
 * @param moderate boundary of the moderate band
 * @param significant boundary of the significant band
 */
public record SeverityBands(Direction direction, double moderate, double significant) {

    /** Which side of the bands is worse. */
    public enum Direction {
        HIGHER_IS_WORSE,
        LOWER_IS_WORSE
    }

    public SeverityBands {
        if (direction == null || !Double.isFinite(moderate) || !Double.isFinite(significant)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, "bands",
                    "severity bands need a direction and two finite boundaries");
        }
        boolean ordered = direction == Direction.HIGHER_IS_WORSE ? moderate <= significant : moderate >= significant;
        if (!ordered) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, "bands",
                    "the moderate boundary " + moderate + " must come before the significant boundary " + significant);
        }
    }

    /** Distance bands: none below {@code moderate}, significant from {@code significant}. */
    public static SeverityBands atLeast(double moderate, double significant) {
        return new SeverityBands(Direction.HIGHER_IS_WORSE, moderate, significant);
    }

    /** p-value bands: none from {@code moderate}, significant below {@code significant}. */
    public static SeverityBands below(double moderate, double significant) {
        return new SeverityBands(Direction.LOWER_IS_WORSE, moderate, significant);
    }

    public Severity classify(Figure figure) {
        if (!figure.defined()) {
            return Severity.INSUFFICIENT_DATA;
        }
        double v = figure.asDouble();
        if (direction == Direction.HIGHER_IS_WORSE) {
            return v >= significant ? Severity.SIGNIFICANT : v >= moderate ? Severity.MODERATE : Severity.NONE;
        }
        return v < significant ? Severity.SIGNIFICANT : v < moderate ? Severity.MODERATE : Severity.NONE;
    }

    public String describe() {
        return direction == Direction.HIGHER_IS_WORSE
                ? "none < " + moderate + " <= moderate < " + significant + " <= significant"
                : "none >= " + moderate + " > moderate >= " + significant + " > significant";
    }
}
