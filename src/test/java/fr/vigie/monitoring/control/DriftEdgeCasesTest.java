package fr.vigie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of spec §7 that are not in the vector file (D05, D06, D07, D10, D11). Every expectation is derived by
 * hand in the comment above it, and written as the formula it comes from.
 */
class DriftEdgeCasesTest {

    private static final double EPS = 1e-12;
    private final DriftCalculator calculator = new DriftCalculator();

    private DriftReport numeric(double[] edges, double[] ref, double[] cur) {
        return calculator.numeric(new Histogram(edges, ref), new Histogram(edges, cur));
    }

    @Test
    void allMassShiftedGivesTheMaximumOfEveryBoundedDistance() {
        // ref = [100, 0], cur = [0, 50]: p = [1, 0], q = [0, 1], nothing in common.
        DriftReport r = numeric(new double[] {0, 1, 2}, new double[] {100, 0}, new double[] {0, 50});

        // JS: M = [1/2, 1/2]; KL(P||M) = 1*ln(1/(1/2)) = ln 2 = KL(Q||M), so JSD = ln 2 (in nats), and 1 bit.
        assertThat(r.jensenShannon().distanceLn().value()).isCloseTo(Math.sqrt(Math.log(2)), within(EPS));
        assertThat(r.jensenShannon().divergenceLn().value()).isCloseTo(Math.log(2), within(EPS));
        assertThat(r.jensenShannon().distanceBase2().value()).isCloseTo(1.0, within(EPS));
        // Hellinger: sqrt((1-0)^2 + (0-1)^2) / sqrt 2 = 1.
        assertThat(r.hellinger().value().value()).isCloseTo(1.0, within(EPS));
        // KS: F = [1, 1], G = [0, 1], so D = 1 and P(D_n >= 1) = 0 for any n.
        assertThat(r.kolmogorovSmirnov().statistic().value()).isEqualTo(1.0);
        assertThat(r.kolmogorovSmirnov().pValue().value()).isZero();
        // PSI: both zero shares become eps = 1e-4 (the smallest non-zero share, 1, is above 1e-4), so each bin gives
        // (1 - 1e-4) * ln(1 / 1e-4) and PSI = 2 * (1 - 1e-4) * ln(1e4) = 18.419.
        assertThat(r.psi().value().value()).isCloseTo(2 * (1 - 1e-4) * Math.log(1e4), within(EPS));
        assertThat(r.psi().severity()).isEqualTo(Severity.SIGNIFICANT);
        // KL after the fill and renormalisation by 1.0001: (1/1.0001) ln(1e4) + (1e-4/1.0001) ln(1e-4).
        assertThat(r.kullbackLeibler().value().value()).isCloseTo((1 - 1e-4) / 1.0001 * Math.log(1e4), within(EPS));
        // W1: centres 0.5 and 1.5, |F_0 - G_0| = 1, so W1 = 1 * (1.5 - 0.5) = 1. The reference is a single spike
        // (std 0), so the normed value is 1 / 0.001 = 1000 and the result is flagged as having no spread.
        assertThat(r.wasserstein().distance().value()).isCloseTo(1.0, within(EPS));
        assertThat(r.wasserstein().normed().value()).isCloseTo(1000.0, within(1e-9));
        assertThat(r.wasserstein().referenceHasNoSpread()).isTrue();
        // Goodness of fit: expected = ref * 50/100 = [50, 0] but 50 observed in bin 2: +Infinity, p = 0.
        assertThat(r.chiSquareGoodnessOfFit().statistic().status()).isEqualTo(Figure.Status.POSITIVE_INFINITY);
        assertThat(r.chiSquareGoodnessOfFit().pValue().value()).isZero();
        // Contingency, 2x2 so Yates: E = [[200/3, 100/3], [100/3, 50/3]], every |O - E| = 100/3, corrected by 0.5.
        double corrected = 100.0 / 3 - 0.5;
        assertThat(r.chiSquareContingency().yatesCorrection()).isTrue();
        assertThat(r.chiSquareContingency().statistic().value()).isCloseTo(
                corrected * corrected * (3.0 / 200 + 3.0 / 100 + 3.0 / 100 + 3.0 / 50), within(1e-9));
    }

    @Test
    void binEmptyInCurrentOnlyDominatesPsiButKeepsChiSquareFinite() {
        // p = [0.5, 0.3, 0.2], q = [0.6, 0.4, 0]; n = m = 1000.
        DriftReport r = numeric(new double[] {0, 1, 2, 3}, new double[] {500, 300, 200},
                new double[] {600, 400, 0});

        // PSI terms: 0.1 ln(0.6/0.5), 0.1 ln(0.4/0.3), and (0.2 - 1e-4) ln(0.2/1e-4) for the emptied bin.
        double emptied = (0.2 - 1e-4) * Math.log(0.2 / 1e-4);
        assertThat(r.psi().binTerms().get(2)).isCloseTo(emptied, within(EPS));
        assertThat(r.psi().value().value())
                .isCloseTo(0.1 * Math.log(1.2) + 0.1 * Math.log(4.0 / 3) + emptied, within(EPS));
        assertThat(r.psi().epsilonCurrent()).isEqualTo(1e-4);
        // Unlike a bin empty in the reference, expected counts stay > 0: GOF = 100^2/500 + 100^2/300 + 200^2/200.
        assertThat(r.chiSquareGoodnessOfFit().statistic().value())
                .isCloseTo(20 + 100.0 / 3 + 200, within(1e-9));
        assertThat(r.chiSquareGoodnessOfFit().degreesOfFreedom()).isEqualTo(2);
        // Contingency: column totals [1100, 700, 200], E = half of each in both rows: [550, 350, 100].
        assertThat(r.chiSquareContingency().statistic().value())
                .isCloseTo(2 * (2500.0 / 550 + 2500.0 / 350 + 10000.0 / 100), within(1e-9));
        // KS: F = [0.5, 0.8, 1], G = [0.6, 1, 1], D = 0.2 at the second edge.
        assertThat(r.kolmogorovSmirnov().statistic().value()).isCloseTo(0.2, within(EPS));
        // JS: M = [0.55, 0.35, 0.1]; the emptied bin contributes only through KL(P||M).
        double jsd = (0.5 * Math.log(0.5 / 0.55) + 0.3 * Math.log(0.3 / 0.35) + 0.2 * Math.log(0.2 / 0.1)
                + 0.6 * Math.log(0.6 / 0.55) + 0.4 * Math.log(0.4 / 0.35)) / 2;
        assertThat(r.jensenShannon().divergenceLn().value()).isCloseTo(jsd, within(EPS));
        // W1 on centres 0.5/1.5/2.5: |F - G| = 0.1 then 0.2, so 0.3; reference mean 1.2, variance 0.61.
        assertThat(r.wasserstein().distance().value()).isCloseTo(0.3, within(EPS));
        assertThat(r.wasserstein().referenceStd()).isCloseTo(Math.sqrt(0.61), within(EPS));
    }

    @Test
    void smallCurrentSampleLeavesTheKsPValueNotSignificantWhileDistancesAreSignificant() {
        // ref n = 1000: F = [0.1, 0.5, 0.8, 1]; current n = 4: G = [0, 0, 0.5, 1]; D = 0.5 at the second edge.
        DriftReport r = numeric(new double[] {0, 1, 2, 3, 4}, new double[] {100, 400, 300, 200},
                new double[] {0, 0, 2, 2});
        KolmogorovSmirnovResult ks = r.kolmogorovSmirnov();

        // Effective n = round(1000*4/1004) = round(3.98) = 4.
        assertThat(ks.effectiveN()).isEqualTo(4);
        assertThat(ks.statistic().value()).isEqualTo(0.5);
        // For d >= 1/2, P(D_n >= d) = 2 P(D_n+ >= d) exactly, with Smirnov's formula
        // P(D_n+ >= d) = d * sum_{j=0}^{floor(n(1-d))} C(n,j) (d + j/n)^(j-1) (1 - d - j/n)^(n-j).
        // n = 4, d = 1/2: j=0 gives (1/2)^4 = 0.0625; j=1 gives (1/2)*4*(3/4)^0*(1/4)^3 = 0.03125; j=2 gives 0.
        // So p = 2 * 0.09375 = 0.1875: not significant, and "none" in the whylogs bands (p >= 0.15).
        assertThat(ks.pValue().value()).isCloseTo(0.1875, within(1e-9));
        assertThat(ks.driftAtAlpha()).isFalse();
        assertThat(ks.severity()).isEqualTo(Severity.NONE);
        // Meanwhile W1 = 0.1 + 0.5 + 0.3 = 0.9 on unit-spaced centres; reference mean 2.1, variance 0.84.
        assertThat(r.wasserstein().distance().value()).isCloseTo(0.9, within(EPS));
        assertThat(r.wasserstein().normed().value()).isCloseTo(0.9 / Math.sqrt(0.84), within(EPS));
        assertThat(r.wasserstein().severity()).isEqualTo(Severity.SIGNIFICANT);
        // PSI: two current bins are empty (eps 1e-4): 0.0999 ln(1000) + 0.3999 ln(4000) + 0.2 ln(5/3) + 0.3 ln(2.5).
        assertThat(r.psi().value().value()).isCloseTo((0.1 - 1e-4) * Math.log(1000) + (0.4 - 1e-4) * Math.log(4000)
                + 0.2 * Math.log(0.5 / 0.3) + 0.3 * Math.log(0.5 / 0.2), within(EPS));
        assertThat(r.psi().severity()).isEqualTo(Severity.SIGNIFICANT);
        // The contingency test cannot see it either: statistic about 4.3 on 3 degrees of freedom, p about 0.23.
        assertThat(r.chiSquareContingency().pValue().value()).isGreaterThan(0.15);
    }

    @Test
    void binaryCategoriesGiveAZTestWhoseSquareIsTheUncorrectedChiSquare() {
        // ref yes/no = 600/400, cur = 540/460, n = m = 1000.
        DriftReport r = calculator.categorical(new CategoryCounts(List.of("yes", "no"), new double[] {600, 400}),
                new CategoryCounts(List.of("yes", "no"), new double[] {540, 460}));
        ZTestResult z = r.twoProportionZ();

        // Pooled P = 0.57; z = (0.6 - 0.54) / sqrt(0.57 * 0.43 * (1/1000 + 1/1000)) = 2.71.
        double zValue = 0.06 / Math.sqrt(0.57 * 0.43 * 0.002);
        assertThat(z.category()).isEqualTo("yes");
        assertThat(z.z().value()).isCloseTo(zValue, within(1e-9));
        assertThat(z.pValue().value()).isCloseTo(
                2 * NormalDistribution.of(0, 1).survivalProbability(zValue), within(1e-12));
        assertThat(z.driftAtAlpha()).isTrue();
        // Column totals [1140, 860], E = [[570, 430], [570, 430]], every |O - E| = 30:
        // uncorrected chi2 = 30^2 (2/570 + 2/430) = z^2; scipy applies Yates (dof = 1): 29.5^2 (2/570 + 2/430).
        double cells = 2.0 / 570 + 2.0 / 430;
        assertThat(30 * 30 * cells).isCloseTo(zValue * zValue, within(1e-9));
        assertThat(r.chiSquareContingency().yatesCorrection()).isTrue();
        assertThat(r.chiSquareContingency().degreesOfFreedom()).isEqualTo(1);
        assertThat(r.chiSquareContingency().statistic().value()).isCloseTo(29.5 * 29.5 * cells, within(1e-9));
        // Evidently GOF: expected = ref, 60^2/600 + 60^2/400 = 6 + 9 = 15.
        assertThat(r.chiSquareGoodnessOfFit().statistic().value()).isCloseTo(15, within(1e-9));
        // Large n makes every p-value significant while PSI = 0.06 ln(10/9) + 0.06 ln(46/40) = 0.0147 is "none".
        assertThat(r.psi().value().value())
                .isCloseTo(0.06 * Math.log(10.0 / 9) + 0.06 * Math.log(46.0 / 40), within(EPS));
        assertThat(r.psi().severity()).isEqualTo(Severity.NONE);
    }

    @Test
    void tinyNonZeroShareSwitchesEvidentlyEpsilonToAMillionthOfIt() {
        // ref = [1, 39999, 0] of 40000: smallest non-zero share 1/40000 = 2.5e-5 <= 1e-4, so eps = 2.5e-5/1e6.
        // cur = [1, 39989, 10]: same smallest share, same eps = 2.5e-11.
        DriftReport r = numeric(new double[] {0, 1, 2, 3}, new double[] {1, 39999, 0},
                new double[] {1, 39989, 10});

        assertThat(r.psi().epsilonReference()).isCloseTo(2.5e-11, within(1e-24));
        assertThat(r.psi().epsilonCurrent()).isCloseTo(2.5e-11, within(1e-24));
        // Bin 3: (2.5e-11 - 2.5e-4) ln(2.5e-11 / 2.5e-4) = (2.5e-4 - 2.5e-11) ln(1e7) = 0.00403, about 30 times what
        // eps = 1e-4 would give. Bin 1 contributes 0 and bin 2 (10/40000) ln(39999/39989).
        double third = (2.5e-11 - 2.5e-4) * Math.log(2.5e-11 / 2.5e-4);
        assertThat(r.psi().value().value())
                .isCloseTo(third + 2.5e-4 * Math.log(39999.0 / 39989), within(1e-15));
    }

    @Test
    void binEmptyInBothContributesNothingWhenBothEpsilonsAreEqual() {
        // Both distributions get eps = 1e-4, so the empty bin gives (1e-4 - 1e-4) ln(1) = 0 and is dropped for chi2.
        DriftReport r = numeric(new double[] {0, 1, 2, 3}, new double[] {50, 0, 50}, new double[] {40, 0, 60});

        assertThat(r.psi().binTerms().get(1)).isZero();
        assertThat(r.chiSquareGoodnessOfFit().degreesOfFreedom()).isEqualTo(1);
        assertThat(r.chiSquareContingency().degreesOfFreedom()).isEqualTo(1);
    }
}
