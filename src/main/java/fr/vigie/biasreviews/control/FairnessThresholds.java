package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.SeverityBands;

/**
 * Fairness defaults (spec §3 and §6), configurable per AI system.
 *
 * @param censorThreshold groups with fewer observations are marked insufficient data (seismometer: 10)
 * @param aequitasTau Aequitas fairness threshold τ: fair iff τ &le; disparity &le; 1/τ (0.8)
 * @param seismometerLimit seismometer {@code fairness_ratio} limit L (0.25, i.e. [0.8, 1.25])
 * @param fourFifths four-fifths rule: passes iff demographic-parity ratio &ge; 0.8
 * @param differenceBands house bands on between-group differences: 0.05 / 0.10
 */
public record FairnessThresholds(
        long censorThreshold,
        double aequitasTau,
        double seismometerLimit,
        double fourFifths,
        SeverityBands differenceBands) {

    /** Aequitas {@code fill_divbyzero}: a disparity x/0 with x &gt; 0 is reported as 10. */
    public static final double AEQUITAS_DIVISION_BY_ZERO_CAP = 10.0;

    public FairnessThresholds {
        if (censorThreshold < 0) {
            invalid("censorThreshold", "must be >= 0, got " + censorThreshold);
        }
        if (!(aequitasTau > 0 && aequitasTau <= 1)) {
            invalid("aequitasTau", "must lie in (0, 1], got " + aequitasTau);
        }
        if (!(seismometerLimit > 0) || Double.isInfinite(seismometerLimit)) {
            invalid("seismometerLimit", "must be a finite number above 0, got " + seismometerLimit);
        }
        if (!(fourFifths > 0 && fourFifths <= 1)) {
            invalid("fourFifths", "must lie in (0, 1], got " + fourFifths);
        }
        if (differenceBands == null) {
            invalid("differenceBands", "is missing");
        }
    }

    public static FairnessThresholds registryDefaults() {
        return new FairnessThresholds(10, 0.8, 0.25, 0.8, SeverityBands.atLeast(0.05, 0.10));
    }

    private static void invalid(String field, String message) {
        throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, field, field + " " + message);
    }
}
