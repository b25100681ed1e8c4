package fr.vigie.platform.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** χ² and normal tail probabilities, delegated to Apache Commons Statistics (no hand-written approximation). */
public final class ProbabilityTails {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private ProbabilityTails() {
    }

    /** {@code P(X >= x)} for X ~ χ²(dof), as {@code scipy.stats.chi2.sf}; 0 when {@code x} is +∞. */
    public static double chiSquareSurvival(double x, int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + degreesOfFreedom);
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return ChiSquaredDistribution.of(degreesOfFreedom).survivalProbability(x);
    }

    /** Two-sided normal p-value {@code 2·P(Z >= |z|)}. */
    public static double normalTwoSided(double z) {
        return Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    }

    /** Standard normal quantile, e.g. {@code 0.975 -> 1.959964}. */
    public static double normalQuantile(double probability) {
        return STANDARD_NORMAL.inverseCumulativeProbability(probability);
    }
}
