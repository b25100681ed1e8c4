package fr.vigie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.platform.stats.StrictJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results serialise to strict JSON: an infinite or undefined figure is a status, never NaN or Infinity. */
class DriftReportJsonTest {

    @Test
    void infiniteChiSquareIsSerialisedAsAStatusWithANullValue() throws Exception {
        // A category seen only in the current period makes Evidently's goodness-of-fit statistic infinite.
        DriftReport report = new DriftCalculator().categorical(
                new CategoryCounts(List.of("A", "B"), new double[] {500, 500}),
                new CategoryCounts(List.of("A", "B", "C"), new double[] {450, 450, 100}));

        JsonNode gof = StrictJson.roundTrip(report).get("chiSquareGoodnessOfFit");

        assertThat(gof.get("statistic").get("status").asText()).isEqualTo("POSITIVE_INFINITY");
        assertThat(gof.get("statistic").get("value").isNull()).isTrue();
        assertThat(gof.get("convention").get("metric").asText()).isEqualTo("chi2_goodness_of_fit");
    }

    @Test
    void performanceResultsSerialiseWithoutNonFiniteNumbers() throws Exception {
        StrictJson.roundTrip(new ControlChart().assess(new double[] {0, -3.5, 1}, 0, 1, null));
        JsonNode threshold = StrictJson.roundTrip(ReferenceThreshold.evaluate(new double[] {0.1, 0.2},
                new double[] {0.3}, null, 3.0, MetricRange.UNBOUNDED));

        assertThat(threshold.get("lowerThreshold").get("status").asText()).isEqualTo("NEGATIVE_INFINITY");
    }

    @Test
    void openEndedEdgesAndAnUndefinedKsPValueStayJsonSafe() throws Exception {
        // n = m = 1: effective n = round(0.5) = 0 (half to even), so the KS p-value is undefined.
        double[] edges = {Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY};
        JsonNode report = StrictJson.roundTrip(new DriftCalculator().numeric(
                new Histogram(edges, new double[] {1, 0}), new Histogram(edges, new double[] {0, 1})));

        assertThat(report.get("kolmogorovSmirnov").get("pValue").get("status").asText()).isEqualTo("UNDEFINED");
        assertThat(report.get("binEdges").get(2).get("status").asText()).isEqualTo("POSITIVE_INFINITY");
        assertThat(report.get("wasserstein").isNull()).isTrue();
    }
}
