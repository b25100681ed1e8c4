package fr.vigie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Input that would make a drift figure meaningless is refused with a specific reason and the offending field. */
class DriftInputRefusalTest {

    private static final double[] EDGES = {0, 1, 2, 3};
    private final DriftCalculator calculator = new DriftCalculator();

    private static InvalidStatisticsInputException refusal(Executable call) {
        return catchThrowableOfType(InvalidStatisticsInputException.class, () -> call.execute());
    }

    private DriftReport numeric(double[] refEdges, double[] ref, double[] curEdges, double[] cur) {
        return calculator.numeric(new Histogram(refEdges, ref), new Histogram(curEdges, cur));
    }

    @Test
    void refusesDifferentBinEdgesInTheTwoPeriods() {
        var e = refusal(() -> numeric(EDGES, new double[] {1, 2, 3}, new double[] {0, 1, 2, 4},
                new double[] {1, 2, 3}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.MISMATCHED_BIN_EDGES);
        assertThat(e.field()).isEqualTo("current.binEdges");
        assertThat(e.getMessage()).contains("same bins");
    }

    @Test
    void refusesCountsThatDoNotMatchTheNumberOfBins() {
        var e = refusal(() -> numeric(EDGES, new double[] {1, 2}, EDGES, new double[] {1, 2, 3}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.MISMATCHED_LENGTH);
        assertThat(e.field()).isEqualTo("reference.counts");
    }

    @Test
    void refusesANegativeCountNamingItsIndex() {
        var e = refusal(() -> numeric(EDGES, new double[] {1, 2, 3}, EDGES, new double[] {1, -2, 3}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NEGATIVE_COUNT);
        assertThat(e.field()).isEqualTo("current.counts[1]");
    }

    @Test
    void refusesANonIntegerCount() {
        var e = refusal(() -> numeric(EDGES, new double[] {1, 2.5, 3}, EDGES, new double[] {1, 2, 3}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NON_INTEGER_COUNT);
        assertThat(e.field()).isEqualTo("reference.counts[1]");
    }

    @Test
    void refusesANotANumberCount() {
        var e = refusal(() -> numeric(EDGES, new double[] {1, Double.NaN, 3}, EDGES, new double[] {1, 2, 3}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NON_FINITE_VALUE);
    }

    @Test
    void refusesAnEmptyTotal() {
        var e = refusal(() -> numeric(EDGES, new double[] {1, 2, 3}, EDGES, new double[] {0, 0, 0}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.EMPTY_TOTAL);
        assertThat(e.field()).isEqualTo("current.counts");
    }

    @Test
    void refusesEdgesThatDoNotStrictlyIncrease() {
        double[] edges = {0, 2, 2, 3};
        var e = refusal(() -> numeric(edges, new double[] {1, 2, 3}, edges, new double[] {1, 2, 3}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NON_INCREASING_EDGES);
        assertThat(e.field()).isEqualTo("reference.binEdges[2]");
    }

    @Test
    void refusesAnInfiniteInnerEdge() {
        double[] edges = {0, Double.POSITIVE_INFINITY, 3};
        var e = refusal(() -> numeric(edges, new double[] {1, 2}, edges, new double[] {1, 2}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NON_FINITE_VALUE);
        assertThat(e.field()).isEqualTo("reference.binEdges[1]");
    }

    @Test
    void refusesASingleBin() {
        double[] edges = {0, 1};
        var e = refusal(() -> numeric(edges, new double[] {1}, edges, new double[] {1}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.TOO_FEW_BINS);
    }

    @Test
    void refusesOpenEndedBinsForWassersteinButComputesEverythingElse() {
        double[] edges = {Double.NEGATIVE_INFINITY, 0, 1, Double.POSITIVE_INFINITY};
        BinnedDistributions d = BinnedDistributions.numeric(new Histogram(edges, new double[] {10, 20, 30}),
                new Histogram(edges, new double[] {15, 20, 25}));

        var e = refusal(() -> calculator.wasserstein(d));
        DriftReport report = calculator.report(d);

        assertThat(e.reason()).isEqualTo(InvalidInputReason.OPEN_ENDED_BIN);
        assertThat(e.field()).isEqualTo("reference.binEdges[0]");
        assertThat(e.getMessage()).contains("clip");
        assertThat(report.wasserstein()).isNull();
        assertThat(report.psi().value().finite()).isTrue();
        assertThat(report.kolmogorovSmirnov().statistic().finite()).isTrue();
        assertThat(report.binEdges().get(0).status()).isEqualTo(fr.vigie.platform.stats.Figure.Status.NEGATIVE_INFINITY);
    }

    @Test
    void refusesACategoryListedTwice() {
        var e = refusal(() -> calculator.categorical(
                new CategoryCounts(List.of("A", "B", "A"), new double[] {1, 2, 3}),
                new CategoryCounts(List.of("A", "B"), new double[] {1, 2})));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.DUPLICATE_CATEGORY);
        assertThat(e.field()).isEqualTo("reference.categories[2]");
    }

    @Test
    void refusesABlankCategory() {
        var e = refusal(() -> calculator.categorical(
                new CategoryCounts(Arrays.asList("A", null), new double[] {1, 2}),
                new CategoryCounts(List.of("A", "B"), new double[] {1, 2})));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.MISSING_VALUE);
        assertThat(e.field()).isEqualTo("reference.categories[1]");
    }

    @Test
    void refusesCategoryCountsOfAnotherLength() {
        var e = refusal(() -> calculator.categorical(
                new CategoryCounts(List.of("A", "B"), new double[] {1, 2, 3}),
                new CategoryCounts(List.of("A", "B"), new double[] {1, 2})));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.MISMATCHED_LENGTH);
    }

    @Test
    void alignsCategoriesOnTheirUnionInsteadOfRefusingDifferentLists() {
        BinnedDistributions d = BinnedDistributions.categorical(
                new CategoryCounts(List.of("A", "B"), new double[] {5, 5}),
                new CategoryCounts(List.of("C", "A"), new double[] {2, 8}));

        assertThat(d.categories()).containsExactly("A", "B", "C");
        assertThat(d.referenceCounts()).containsExactly(5, 5, 0);
        assertThat(d.currentCounts()).containsExactly(8, 0, 2);
    }

    @Test
    void refusesTheZTestForMoreThanTwoCategories() {
        BinnedDistributions d = BinnedDistributions.categorical(List.of("A", "B", "C"), new double[] {1, 2, 3},
                new double[] {3, 2, 1});

        var e = refusal(() -> calculator.twoProportionZ(d));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NOT_BINARY);
        assertThat(calculator.report(d).twoProportionZ()).isNull();
    }

    @Test
    void refusesTheKsTestOnCategories() {
        BinnedDistributions d = BinnedDistributions.categorical(List.of("A", "B"), new double[] {1, 2},
                new double[] {3, 2});

        assertThat(refusal(() -> calculator.kolmogorovSmirnov(d))).isNotNull();
    }

    @Test
    void refusesAMissingHistogram() {
        var e = refusal(() -> calculator.numeric(null, new Histogram(EDGES, new double[] {1, 2, 3})));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.MISSING_VALUE);
        assertThat(e.field()).isEqualTo("reference");
    }
}
