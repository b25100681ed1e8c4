package fr.vigie.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@code P(D_n >= d)} against closed forms of the finite-n Kolmogorov distribution, and both access paths. */
class KolmogorovDistributionTest {

    @Test
    void usesTheLibraryFunctionDirectly() {
        assertThat(KolmogorovDistribution.usesDirectLibraryCall()).isTrue();
    }

    @Test
    void matchesClosedFormsOfTheDistribution() {
        // n = 1: D_1 = max(U, 1 - U), so P(D_1 >= d) = 2(1 - d) for d in [1/2, 1].
        assertThat(KolmogorovDistribution.survival(0.7, 1)).isCloseTo(2 * 0.3, within(1e-12));
        // d >= 1 - 1/n: P(D_n >= d) = 2(1 - d)^n (Ruben & Gambino). n = 4, d = 0.8.
        assertThat(KolmogorovDistribution.survival(0.8, 4)).isCloseTo(2 * Math.pow(0.2, 4), within(1e-12));
        // 1/(2n) < d <= 1/n: P(D_n < d) = n! (2d - 1/n)^n. n = 3, d = 1/4: 6 (1/6)^3 = 1/36.
        assertThat(KolmogorovDistribution.survival(0.25, 3)).isCloseTo(1 - 1.0 / 36, within(1e-12));
        // d <= 1/(2n): always reached.
        assertThat(KolmogorovDistribution.survival(0.001, 100)).isEqualTo(1.0);
        // d >= 1: never reached by a continuous sample.
        assertThat(KolmogorovDistribution.survival(1.0, 10)).isZero();
    }

    @Test
    void probabilityProvedBelowOneInTenToTheSixteenIsReportedAsZero() {
        // n d^2 = 500 000 * 0.01^2 = 50: Massart's bound 2 exp(-100) = 7e-44 < 1e-16.
        assertThat(KolmogorovDistribution.survival(0.01, 500_000)).isZero();
        // n d^2 = 5: bound 2 exp(-10) = 9e-5, so the library computes it (about 8.3e-5 at n = 500, d = 0.1).
        assertThat(KolmogorovDistribution.survival(0.1, 500)).isBetween(1e-5, 9.1e-5);
    }

    @Test
    void publicTestFallbackGivesTheSameProbabilities() {
        int[] sizes = {1, 2, 5, 33, 140, 141, 500, 5000};
        double[] statistics = {0.001, 0.01, 0.03, 0.08, 0.2, 0.45, 0.5, 0.7, 0.99};
        for (int n : sizes) {
            for (double d : statistics) {
                assertThat(KolmogorovDistribution.survivalThroughPublicTest(d, n))
                        .as("n=%d d=%s", n, d)
                        .isCloseTo(KolmogorovDistribution.survival(d, n), within(1e-12));
            }
        }
    }
}
