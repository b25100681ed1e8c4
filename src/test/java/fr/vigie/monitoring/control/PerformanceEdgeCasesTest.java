package fr.vigie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.monitoring.control.WesternElectricRules.Side;
import fr.vigie.platform.stats.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Performance-over-time cases of spec §4/§7 that are not in the vector file (P04, P06, P07). With mu0 = 0 and
 * sigma = 1 the series are their own z-scores, so each expected signal can be read off the input.
 */
class PerformanceEdgeCasesTest {

    @Test
    void ruleOneFiresOnEachPointBeyondThreeSigmaOnEitherSide() {
        WesternElectricRules.Result r = WesternElectricRules.evaluate(new double[] {0, 3.1, -3.2, 2.9}, 0, 1);

        // 2.9 is not beyond 3 sigma; with 3.1 two points before it is the second of 3 beyond 2 sigma: rule 2.
        assertThat(r.signals()).extracting("index", "rule", "side")
                .containsExactly(tuple(1, 1, Side.ABOVE), tuple(2, 1, Side.BELOW), tuple(3, 2, Side.ABOVE));
    }

    @Test
    void ruleTwoNeedsTwoOfThreeBeyondTwoSigmaOnTheSameSide() {
        // i=2: window [2.5, 0, 2.1] has two points above 2 and ends on one. i=5: [0, -2.5, -2.1] below.
        // i=4: window [2.1, 0, -2.5] has one point on each side: no signal.
        WesternElectricRules.Result r =
                WesternElectricRules.evaluate(new double[] {2.5, 0, 2.1, 0, -2.5, -2.1}, 0, 1);

        assertThat(r.signals()).extracting("index", "rule", "side")
                .containsExactly(tuple(2, 2, Side.ABOVE), tuple(5, 2, Side.BELOW));
    }

    @Test
    void aPatternIsAttributedToThePointCompletingItNotToTheInControlPointAfter() {
        // [2.5, 2.5] completes "2 of 3" at i=1 (window truncated at the start); i=2 is in control.
        WesternElectricRules.Result r = WesternElectricRules.evaluate(new double[] {2.5, 2.5, 0}, 0, 1);

        assertThat(r.signals()).extracting("index", "rule").containsExactly(tuple(1, 2));
    }

    @Test
    void ruleThreeNeedsFourOfFiveBeyondOneSigma() {
        // Four of [1.5, 1.2, 0.5, 1.1, 1.3] are above 1 and the window ends on one: signal at i=4 only.
        WesternElectricRules.Result r =
                WesternElectricRules.evaluate(new double[] {1.5, 1.2, 0.5, 1.1, 1.3}, 0, 1);

        assertThat(r.signals()).extracting("index", "rule").containsExactly(tuple(4, 3));
    }

    @Test
    void ruleFourNeedsEightConsecutivePointsOnOneSideAndAZeroBreaksTheRun() {
        WesternElectricRules.Result run =
                WesternElectricRules.evaluate(new double[] {0.5, 0.2, 0.9, 0.1, 0.3, 0.4, 0.8, 0.6, 0.7}, 0, 1);
        WesternElectricRules.Result broken =
                WesternElectricRules.evaluate(new double[] {0.5, 0.2, 0.9, 0, 0.3, 0.4, 0.8, 0.6, 0.7}, 0, 1);

        assertThat(run.signals()).extracting("index", "rule").containsExactly(tuple(7, 4), tuple(8, 4));
        assertThat(broken.signals()).isEmpty();
    }

    @Test
    void controlChartMapsRuleOneAndTheContractualFloorToSignificantAndCusumToModerate() {
        ControlChart chart = new ControlChart();
        // A persistent -1.5 sigma shift: S- grows by 1.5 - 0.5 = 1 per period, so S- = 1, 2, ..., exceeding h = 5 at
        // the 6th shifted period (index 5); no point is beyond 3 sigma.
        double[] drift = {-1.5, -1.5, -1.5, -1.5, -1.5, -1.5};
        PerformanceSeriesAssessment shifted = chart.assess(drift, 0, 1, null);
        PerformanceSeriesAssessment spike = chart.assess(new double[] {0, -3.5, 0}, 0, 1, null);
        PerformanceSeriesAssessment floor = chart.assess(new double[] {0.80, 0.79}, 0.80, 0.01, 0.795);

        assertThat(shifted.cusum().firstAlarmIndex()).isEqualTo(5);
        assertThat(shifted.overall()).isEqualTo(Severity.MODERATE);
        assertThat(spike.severities()).containsExactly(Severity.NONE, Severity.SIGNIFICANT, Severity.NONE);
        assertThat(floor.belowFloor()).containsExactly(false, true);
        assertThat(floor.severities().get(1)).isEqualTo(Severity.SIGNIFICANT);
    }

    @Test
    void sensitivityDropIsTestedWithThePooledZAndShownWithWilsonIntervals() {
        // Sensitivity 90/100 then 72/100. Pooled P = 162/200 = 0.81.
        ProportionChangeResult r = ProportionChange.compare(90, 100, 72, 100);

        double z = (0.72 - 0.90) / Math.sqrt(0.81 * 0.19 * (1.0 / 100 + 1.0 / 100));
        assertThat(r.z().value()).isCloseTo(z, within(1e-12));
        assertThat(r.significantChange()).isTrue();
        // Wilson, z = 1.959964: centre (p + z^2/2n)/(1 + z^2/n), half-width z/(1 + z^2/n) sqrt(p(1-p)/n + z^2/4n^2).
        double q = 1.959963984540054;
        double denominator = 1 + q * q / 100;
        double centre = (0.9 + q * q / 200) / denominator;
        double half = q / denominator * Math.sqrt(0.9 * 0.1 / 100 + q * q / 40000);
        assertThat(r.reference().wilsonLower()).isCloseTo(centre - half, within(1e-12));
        assertThat(r.reference().wilsonUpper()).isCloseTo(centre + half, within(1e-12));
    }

    @Test
    void pChartSignalsALargePeriodAboveLimitsThatNarrowWithItsSize() {
        // Reference = first four periods: p_bar = 80/400 = 0.2. Limits 0.2 +/- 3 sqrt(0.16/n):
        // n = 100 -> [0.08, 0.32]; n = 400 -> [0.14, 0.26], so 140/400 = 0.35 signals; n = 5 -> lower clipped to 0.
        List<PeriodRate> periods = List.of(new PeriodRate("2026-01", 20, 100), new PeriodRate("2026-02", 25, 100),
                new PeriodRate("2026-03", 15, 100), new PeriodRate("2026-04", 20, 100),
                new PeriodRate("2026-05", 140, 400), new PeriodRate("2026-06", 1, 5));

        ProportionChartResult r = ProportionChart.evaluate(periods, 4, 3);

        assertThat(r.centerLine()).isCloseTo(0.2, within(1e-15));
        assertThat(r.points().get(0).lowerLimit()).isCloseTo(0.2 - 3 * Math.sqrt(0.16 / 100), within(1e-15));
        assertThat(r.points().get(4).upperLimit()).isCloseTo(0.2 + 3 * Math.sqrt(0.16 / 400), within(1e-15));
        assertThat(r.points()).extracting(ProportionChartResult.Point::signal)
                .containsExactly(false, false, false, false, true, false);
        assertThat(r.firstSignalIndex()).isEqualTo(4);
        assertThat(r.points().get(5).lowerLimit()).isZero();
        assertThat(r.points().get(5).insufficientData()).isTrue();
    }

    @Test
    void nannyMlThresholdIsClippedToTheMetricRange() {
        // Reference 0.9 and 1.0: mean 0.95, population std 0.05, so mean + 3 std = 1.1 is clipped to 1.
        ReferenceThresholdResult r = ReferenceThreshold.evaluate(new double[] {0.9, 1.0}, new double[] {0.79});

        assertThat(r.std()).isCloseTo(0.05, within(1e-15));
        assertThat(r.upperThreshold().value()).isEqualTo(1.0);
        assertThat(r.lowerThreshold().value()).isCloseTo(0.8, within(1e-15));
        assertThat(r.alerts()).containsExactly(true);
    }

    @Test
    void disabledLowerThresholdIsMinusInfinityLikeNannyMlUnivariateDrift() {
        ReferenceThresholdResult r = ReferenceThreshold.evaluate(new double[] {0.1, 0.2}, new double[] {0.0},
                null, 3.0, MetricRange.UNBOUNDED);

        assertThat(r.lowerThreshold().status()).isEqualTo(fr.vigie.platform.stats.Figure.Status.NEGATIVE_INFINITY);
        assertThat(r.alerts()).containsExactly(false);
    }
}
