package fr.vigie.monitoring.control;

import static fr.vigie.platform.stats.ReferenceVectors.doubles;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.platform.stats.ReferenceVectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every performance-over-time vector of the spec file, every expected value, within 1e-6. */
class PerformanceReferenceVectorsTest {

    static Stream<Arguments> performanceVectors() {
        return ReferenceVectors.ofKind("performance_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("performanceVectors")
    void reproducesEveryExpectedPerformanceFigure(String id, JsonNode vector) {
        JsonNode in = vector.get("input");
        Map<String, Object> actual = switch (vector.get("kind").asText()) {
            case "performance_threshold_reference_std" -> referenceThreshold(in);
            case "performance_cusum" -> cusum(in);
            case "performance_ewma" -> ewma(in);
            case "performance_auroc_binned" -> auroc(in);
            default -> throw new AssertionError(id + ": no test for kind " + vector.get("kind").asText());
        };
        ReferenceVectors.assertAllMatch(id, vector.get("expected"), actual);
    }

    private static Map<String, Object> referenceThreshold(JsonNode in) {
        double k = in.get("std_multiplier").asDouble();
        ReferenceThresholdResult r = ReferenceThreshold.evaluate(doubles(in.get("reference_chunk_values")),
                doubles(in.get("analysis_chunk_values")), k, k, MetricRange.UNIT_INTERVAL);
        Map<String, Object> actual = new HashMap<>();
        actual.put("mean", r.mean());
        actual.put("std_ddof0", r.std());
        actual.put("lower_threshold", r.lowerThreshold());
        actual.put("upper_threshold", r.upperThreshold());
        actual.put("alerts", r.alerts());
        return actual;
    }

    private static Map<String, Object> cusum(JsonNode in) {
        double[] series = doubles(in.get("series"));
        double mu0 = in.get("mu0").asDouble();
        double sigma = in.get("sigma").asDouble();
        double k = in.get("k").asDouble();
        Map<String, Object> actual = new HashMap<>();
        for (JsonNode h : in.get("h_values")) {
            CusumResult r = CusumChart.evaluate(series, mu0, sigma, k, h.asDouble());
            actual.put("z", r.z());
            actual.put("s_plus", r.sPlus());
            actual.put("s_minus", r.sMinus());
            actual.put("first_alarm_index_h" + h.asText(), r.firstAlarmIndex());
        }
        return actual;
    }

    private static Map<String, Object> ewma(JsonNode in) {
        EwmaResult r = EwmaChart.evaluate(doubles(in.get("series")), in.get("mu0").asDouble(),
                in.get("sigma").asDouble(), in.get("lambda").asDouble(), in.get("L").asDouble());
        Map<String, Object> actual = new HashMap<>();
        actual.put("ewma", r.ewma());
        actual.put("lcl", r.lowerLimits());
        actual.put("ucl", r.upperLimits());
        actual.put("alarms", r.alarms());
        actual.put("first_alarm_index", r.firstAlarmIndex());
        actual.put("steady_state_lcl", r.steadyStateLowerLimit());
        actual.put("steady_state_ucl", r.steadyStateUpperLimit());
        return actual;
    }

    private static Map<String, Object> auroc(JsonNode in) {
        AurocEstimate ref = BinnedAuroc.estimate(doubles(in.get("reference").get("pos_counts")),
                doubles(in.get("reference").get("neg_counts")));
        AurocEstimate cur = BinnedAuroc.estimate(doubles(in.get("current").get("pos_counts")),
                doubles(in.get("current").get("neg_counts")));
        AurocComparison c = BinnedAuroc.compare(ref, cur);
        Map<String, Object> actual = new HashMap<>();
        actual.put("auroc_reference", ref.auroc());
        actual.put("auroc_current", cur.auroc());
        actual.put("se_reference", ref.standardError());
        actual.put("se_current", cur.standardError());
        actual.put("ci95_reference", List.of(ref.ci95Lower(), ref.ci95Upper()));
        actual.put("ci95_current", List.of(cur.ci95Lower(), cur.ci95Upper()));
        actual.put("z", c.z());
        actual.put("p_value", c.pValue());
        actual.put("significant_drop_alpha_0_05", c.significantDrop());
        return actual;
    }
}
