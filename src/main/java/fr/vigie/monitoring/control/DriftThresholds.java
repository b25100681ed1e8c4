package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.SeverityBands;

/**
 * Decision thresholds and severity bands for drift figures (spec §2 and §6). The tool thresholds reproduce each
 * tool's own default decision; the bands are the registry's severity levels, configurable per AI system.
 *
 * @param psiBands PSI: none &lt; 0.10 &le; moderate &lt; 0.25 &le; significant (credit-scoring convention)
 * @param jensenShannonBands JS distance (natural log): 0.10 (Evidently) / 0.20 (house)
 * @param wassersteinBands normed Wasserstein: 0.10 (Evidently) / 0.20 (house)
 * @param hellingerBands Hellinger: 0.15 / 0.40 (whylogs)
 * @param pValueBands KS, χ² and Z p-values: moderate below 0.15, significant below 0.05 (whylogs)
 * @param psiThreshold Evidently PSI default, drift if {@code psi >= 0.1}
 * @param klThreshold Evidently KL default, drift if {@code kl >= 0.1}
 * @param jensenShannonThreshold Evidently JS default, drift if {@code distance >= 0.1}
 * @param wassersteinThreshold Evidently normed Wasserstein default, drift if {@code >= 0.1}
 * @param hellingerThreshold Evidently Hellinger default, drift if {@code >= 0.1}
 * @param alpha significance level of the tests (Evidently, Alibi Detect): 0.05
 * @param pValueInformationalAbove above this many reference observations a p-value is informational only (Evidently
 *     switches to distances above 1000 reference rows)
 */
public record DriftThresholds(
        SeverityBands psiBands,
        SeverityBands jensenShannonBands,
        SeverityBands wassersteinBands,
        SeverityBands hellingerBands,
        SeverityBands pValueBands,
        double psiThreshold,
        double klThreshold,
        double jensenShannonThreshold,
        double wassersteinThreshold,
        double hellingerThreshold,
        double alpha,
        long pValueInformationalAbove) {

    public DriftThresholds {
        if (psiBands == null || jensenShannonBands == null || wassersteinBands == null || hellingerBands == null
                || pValueBands == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "thresholds",
                    "every severity band must be given");
        }
        for (double t : new double[] {psiThreshold, klThreshold, jensenShannonThreshold, wassersteinThreshold,
            hellingerThreshold}) {
            positive(t, "threshold");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, "alpha",
                    "alpha must lie in (0, 1), got " + alpha);
        }
    }

    /** Registry defaults of spec §6, with Evidently's decision thresholds. */
    public static DriftThresholds registryDefaults() {
        return new DriftThresholds(
                SeverityBands.atLeast(0.10, 0.25),
                SeverityBands.atLeast(0.10, 0.20),
                SeverityBands.atLeast(0.10, 0.20),
                SeverityBands.atLeast(0.15, 0.40),
                SeverityBands.below(0.15, 0.05),
                0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 1000);
    }

    /** Same thresholds with another upper PSI band (0.25 by default; some teams use 0.2). */
    public DriftThresholds withPsiSignificant(double significant) {
        return new DriftThresholds(SeverityBands.atLeast(psiBands.moderate(), significant), jensenShannonBands,
                wassersteinBands, hellingerBands, pValueBands, psiThreshold, klThreshold, jensenShannonThreshold,
                wassersteinThreshold, hellingerThreshold, alpha, pValueInformationalAbove);
    }

    private static void positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, field,
                    field + " must be a finite positive number, got " + value);
        }
    }
}
