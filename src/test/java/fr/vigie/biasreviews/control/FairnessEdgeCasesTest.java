package fr.vigie.biasreviews.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of spec §3/§7 that are not in the vector file (F04, F05, F06). Expectations are derived by hand in the
 * comments and written as the fractions they come from.
 */
class FairnessEdgeCasesTest {

    private final FairnessCalculator calculator = new FairnessCalculator();

    private static Map<String, ConfusionMatrix> groups(Object... nameThenMatrix) {
        Map<String, ConfusionMatrix> groups = new LinkedHashMap<>();
        for (int i = 0; i < nameThenMatrix.length; i += 2) {
            groups.put((String) nameThenMatrix[i], (ConfusionMatrix) nameThenMatrix[i + 1]);
        }
        return groups;
    }

    @Test
    void proportionalMatricesAreAtPerfectParity() {
        // B is A multiplied by 3, so every rate is the same rational number and the doubles are identical.
        FairnessReport r = calculator.evaluate(groups(
                "A", new ConfusionMatrix(40, 10, 130, 20),
                "B", new ConfusionMatrix(120, 30, 390, 60)), null);

        // Reference = the largest group, B (n = 600 > 200).
        assertThat(r.referenceGroup()).isEqualTo("B");
        for (FairnessRate rate : FairnessRate.values()) {
            GroupSpread spread = r.betweenGroups().get(rate);
            assertThat(spread.difference().value()).as(rate.key()).isZero();
            assertThat(spread.ratio().value()).as(rate.key()).isEqualTo(1.0);
            ReferenceDisparity a = r.versusReference().get("A").get(rate);
            assertThat(a.seismometerBand()).as(rate.key()).isEqualTo(SeismometerBand.DEFAULT);
            assertThat(a.aequitasFair()).as(rate.key()).isTrue();
        }
        assertThat(r.summary().fourFifthsRulePass()).isTrue();
        assertThat(r.summary().equalizedOddsDifference().value()).isZero();
        // AIF360: A (unprivileged) minus B (privileged) = 0 everywhere, disparate impact 1.
        assertThat(r.twoGroup().unprivileged()).isEqualTo("A");
        assertThat(r.twoGroup().statisticalParityDifference().value()).isZero();
        assertThat(r.twoGroup().disparateImpact().value()).isEqualTo(1.0);
        assertThat(r.twoGroup().averageOddsDifference().value()).isZero();
    }

    @Test
    void groupWithoutPositivesHasUndefinedTprLeftOutOfTheAggregates() {
        // A: TPR = 60/80 = 0.75. B has TP = FN = 0: TPR and FNR are 0/0, undefined (Fairlearn would say 0).
        FairnessReport r = calculator.evaluate(groups(
                "A", new ConfusionMatrix(60, 20, 100, 20),
                "B", new ConfusionMatrix(0, 5, 45, 0)), null);

        Figure tprB = r.group("B").rate(FairnessRate.TPR);
        assertThat(tprB.status()).isEqualTo(Figure.Status.UNDEFINED);
        assertThat(tprB.reason()).isEqualTo("NO_POSITIVES");
        // Only A defines TPR: difference 0, ratio 1, 1 group, and a single group cannot show a disparity.
        GroupSpread tpr = r.betweenGroups().get(FairnessRate.TPR);
        assertThat(tpr.groupsDefined()).isEqualTo(1);
        assertThat(tpr.difference().value()).isZero();
        assertThat(tpr.ratio().value()).isEqualTo(1.0);
        assertThat(tpr.severity()).isEqualTo(Severity.INSUFFICIENT_DATA);
        // Versus reference A: undefined, no Aequitas verdict, seismometer UNKNOWN.
        ReferenceDisparity b = r.versusReference().get("B").get(FairnessRate.TPR);
        assertThat(b.ratioToReference().defined()).isFalse();
        assertThat(b.aequitasFair()).isNull();
        assertThat(b.seismometerBand()).isEqualTo(SeismometerBand.UNKNOWN);
        // AIF360: equal opportunity and the odds metrics need TPR, so they are undefined; SR_B = 5/50 = 0.1 and
        // SR_A = 80/200 = 0.4 give a statistical parity difference of -0.3 and a disparate impact of 0.25.
        assertThat(r.twoGroup().equalOpportunityDifference().defined()).isFalse();
        assertThat(r.twoGroup().averageOddsDifference().defined()).isFalse();
        assertThat(r.twoGroup().statisticalParityDifference().value()).isCloseTo(0.1 - 0.4, within(1e-15));
        assertThat(r.twoGroup().disparateImpact().value()).isCloseTo(0.25, within(1e-15));
        // PPV_B = 0/5 = 0 is defined: 0 - 60/80.
        assertThat(r.twoGroup().ppvDifference().value()).isCloseTo(-0.75, within(1e-15));
    }

    @Test
    void smallGroupWithoutPredictedPositivesIsCensoredButStillCounted() {
        // C: n = 8 < 10, nobody flagged: SR = 0, PPV = FDR = 0/0. A: SR = 75/200 = 0.375, PPV = 50/75.
        FairnessReport r = calculator.evaluate(groups(
                "A", new ConfusionMatrix(50, 25, 100, 25),
                "C", new ConfusionMatrix(0, 0, 6, 2)), null);

        assertThat(r.insufficientDataGroups()).containsExactly("C");
        assertThat(r.group("C").insufficientData()).isTrue();
        assertThat(r.group("C").rate(FairnessRate.PPV).reason()).isEqualTo("NO_PREDICTED_POSITIVES");
        // seismometer censors C: every band UNKNOWN, even the defined selection-rate ratio 0/0.375 = 0.
        ReferenceDisparity sr = r.versusReference().get("C").get(FairnessRate.SELECTION_RATE);
        assertThat(sr.ratioToReference().value()).isZero();
        assertThat(sr.seismometerBand()).isEqualTo(SeismometerBand.UNKNOWN);
        assertThat(sr.severity()).isEqualTo(Severity.INSUFFICIENT_DATA);
        // Aequitas does not censor: disparity 0 lies outside [0.8, 1.25].
        assertThat(sr.aequitasFair()).isFalse();
        // Fairlearn does not censor either: DP difference 0.375 - 0, ratio 0, four-fifths fails.
        assertThat(r.summary().demographicParityDifference().value()).isCloseTo(0.375, within(1e-15));
        assertThat(r.summary().demographicParityRatio().value()).isZero();
        assertThat(r.summary().fourFifthsRulePass()).isFalse();
        // PPV is defined for A only.
        assertThat(r.betweenGroups().get(FairnessRate.PPV).groupsDefined()).isEqualTo(1);
    }

    @Test
    void referenceRateOfZeroGivesAnInfiniteRatioAndAequitasCapsItAtTen() {
        // Reference A has FPR = 0/100 = 0; B has FPR = 10/90.
        FairnessReport r = calculator.evaluate(groups(
                "A", new ConfusionMatrix(50, 0, 100, 50),
                "B", new ConfusionMatrix(10, 10, 80, 10)), null);
        ReferenceDisparity fpr = r.versusReference().get("B").get(FairnessRate.FPR);

        assertThat(fpr.ratioToReference().status()).isEqualTo(Figure.Status.POSITIVE_INFINITY);
        assertThat(fpr.aequitasDisparity().value()).isEqualTo(FairnessThresholds.AEQUITAS_DIVISION_BY_ZERO_CAP);
        assertThat(fpr.aequitasFair()).isFalse();
        assertThat(fpr.seismometerBand()).isEqualTo(SeismometerBand.CRITICAL_HIGH);
        // Between groups: min FPR is 0, so the ratio is 0 / (10/90) = 0 and the difference 10/90.
        assertThat(r.betweenGroups().get(FairnessRate.FPR).ratio().value()).isZero();
        assertThat(r.betweenGroups().get(FairnessRate.FPR).difference().value())
                .isCloseTo(10.0 / 90, within(1e-15));
    }

    @Test
    void largestGroupIsTheDefaultReferenceAndTheFirstOneWinsATie() {
        FairnessReport r = calculator.evaluate(groups(
                "X", new ConfusionMatrix(5, 5, 5, 5),
                "Y", new ConfusionMatrix(10, 10, 10, 10),
                "Z", new ConfusionMatrix(20, 5, 10, 5)), null);

        assertThat(r.referenceGroup()).isEqualTo("Y");
        assertThat(r.twoGroup()).as("AIF360 metrics need exactly two groups").isNull();
    }

    @Test
    void seismometerBandsFollowItsComparisonOrder() {
        // limit 0.25: GOOD in [0.8, 1.25], WARNING in [1/1.5, 0.8) and (1.25, 1.5], CRITICAL beyond.
        assertThat(SeismometerBand.of(Figure.of(1.0), 0.25, false)).isEqualTo(SeismometerBand.DEFAULT);
        assertThat(SeismometerBand.of(Figure.of(0.8), 0.25, false)).isEqualTo(SeismometerBand.GOOD);
        assertThat(SeismometerBand.of(Figure.of(1.25), 0.25, false)).isEqualTo(SeismometerBand.GOOD);
        assertThat(SeismometerBand.of(Figure.of(0.79), 0.25, false)).isEqualTo(SeismometerBand.WARNING_LOW);
        assertThat(SeismometerBand.of(Figure.of(1.5), 0.25, false)).isEqualTo(SeismometerBand.WARNING_HIGH);
        assertThat(SeismometerBand.of(Figure.of(1.51), 0.25, false)).isEqualTo(SeismometerBand.CRITICAL_HIGH);
        assertThat(SeismometerBand.of(Figure.of(0.66), 0.25, false)).isEqualTo(SeismometerBand.CRITICAL_LOW);
        assertThat(SeismometerBand.of(Figure.undefined("X"), 0.25, false)).isEqualTo(SeismometerBand.UNKNOWN);
        assertThat(SeismometerBand.of(Figure.of(1.0), 0.25, true)).isEqualTo(SeismometerBand.UNKNOWN);
    }
}
