package fr.vigie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Meaningless performance-series input is refused with a specific reason. */
class PerformanceInputRefusalTest {

    private static final double[] SERIES = {0.8, 0.81, 0.79};

    private static InvalidStatisticsInputException refusal(Executable call) {
        return catchThrowableOfType(InvalidStatisticsInputException.class, () -> call.execute());
    }

    @Test
    void refusesAReferenceWindowTooShortForAStandardDeviation() {
        var e = refusal(() -> ReferenceThreshold.evaluate(new double[] {0.8}, SERIES));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT);
        assertThat(e.field()).isEqualTo("referenceValues");
    }

    @Test
    void refusesAReferenceWindowWithoutSpreadForControlCharts() {
        var e = refusal(() -> new ControlChart().assessAgainstReferenceWindow(new double[] {0.8, 0.8}, SERIES,
                null));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT);
        assertThat(e.getMessage()).contains("no spread");
    }

    @Test
    void refusesAnEmptySeries() {
        var e = refusal(() -> CusumChart.evaluate(new double[0], 0.8, 0.01, 0.5, 5));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.EMPTY_SERIES);
    }

    @Test
    void refusesANotANumberInASeriesNamingItsIndex() {
        var e = refusal(() -> EwmaChart.evaluate(new double[] {0.8, Double.NaN}, 0.8, 0.01, 0.2, 3));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NON_FINITE_VALUE);
        assertThat(e.field()).isEqualTo("series[1]");
    }

    @Test
    void refusesANonPositiveSigma() {
        var e = refusal(() -> WesternElectricRules.evaluate(SERIES, 0.8, 0));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.INVALID_PARAMETER);
        assertThat(e.field()).isEqualTo("sigma");
    }

    @Test
    void refusesAnEwmaWeightOutsideZeroToOne() {
        var e = refusal(() -> EwmaChart.evaluate(SERIES, 0.8, 0.01, 1.5, 3));

        assertThat(e.field()).isEqualTo("lambda");
    }

    @Test
    void refusesMoreEventsThanTrials() {
        var e = refusal(() -> ProportionChange.compare(11, 10, 5, 10));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.COUNT_EXCEEDS_TOTAL);
        assertThat(e.field()).isEqualTo("reference.events");
    }

    @Test
    void refusesAPeriodWithoutTrials() {
        var e = refusal(() -> ProportionChart.evaluate(List.of(new PeriodRate("2026-01", 0, 0))));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.EMPTY_TOTAL);
        assertThat(e.field()).isEqualTo("periods[0].total");
    }

    @Test
    void refusesAurocBinsWithoutNegatives() {
        var e = refusal(() -> BinnedAuroc.estimate(new double[] {1, 2}, new double[] {0, 0}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.EMPTY_TOTAL);
        assertThat(e.field()).isEqualTo("negativeCounts");
    }

    @Test
    void refusesAurocBinsOfDifferentLengths() {
        var e = refusal(() -> BinnedAuroc.estimate(new double[] {1, 2}, new double[] {1, 2, 3}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.MISMATCHED_LENGTH);
    }

    @Test
    void refusesANonIntegerAurocCount() {
        var e = refusal(() -> BinnedAuroc.estimate(new double[] {1, 2.2}, new double[] {1, 2}));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NON_INTEGER_COUNT);
        assertThat(e.field()).isEqualTo("positiveCounts[1]");
    }
}
