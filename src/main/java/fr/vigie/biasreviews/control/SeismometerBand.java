package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;

/**
 * seismometer's fairness icons ({@code FairnessIcons.get_fairness_icon}) for the ratio of a group's metric to the
 * reference group's, with limit L: GOOD within [1/(1+L), 1+L], WARNING within [1/(1+2L), 1+2L], CRITICAL beyond,
 * DEFAULT for a ratio of exactly 1, UNKNOWN when undefined or when the group is censored.
 */
public enum SeismometerBand {
    DEFAULT(Severity.NONE),
    GOOD(Severity.NONE),
    WARNING_LOW(Severity.MODERATE),
    WARNING_HIGH(Severity.MODERATE),
    CRITICAL_LOW(Severity.SIGNIFICANT),
    CRITICAL_HIGH(Severity.SIGNIFICANT),
    UNKNOWN(Severity.INSUFFICIENT_DATA);

    private final Severity severity;

    SeismometerBand(Severity severity) {
        this.severity = severity;
    }

    /** Registry severity of the band (spec §6: fairness ratio vs reference). */
    public Severity severity() {
        return severity;
    }

    /** Same comparisons, in the same order, as seismometer; +∞ is CRITICAL_HIGH. */
    public static SeismometerBand of(Figure ratio, double limit, boolean censored) {
        if (censored || !ratio.defined()) {
            return UNKNOWN;
        }
        double r = ratio.asDouble();
        double upper = 1 + limit;
        double twiceUpper = 1 + 2 * limit;
        if (r > twiceUpper) {
            return CRITICAL_HIGH;
        }
        if (r < 1 / twiceUpper) {
            return CRITICAL_LOW;
        }
        if (r > upper) {
            return WARNING_HIGH;
        }
        if (r < 1 / upper) {
            return WARNING_LOW;
        }
        return r == 1 ? DEFAULT : GOOD;
    }
}
