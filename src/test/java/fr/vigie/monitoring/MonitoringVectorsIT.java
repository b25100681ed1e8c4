package fr.vigie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.Api;
import fr.vigie.monitoring.control.PeriodRate;
import fr.vigie.monitoring.control.ProportionChange;
import fr.vigie.monitoring.control.ProportionChart;
import fr.vigie.monitoring.control.WesternElectricRules;
import fr.vigie.platform.stats.ReferenceVectors;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spec's vectors ({@code src/test/resources/reference/drift-bias-vectors.json}, the copy the unit tests read)
 * posted as checks through the API: every drift and performance vector gives every expected figure within 1e-6.
 * The file has no vector yet for Western Electric, the p-chart, a sensitivity change or the categorical z-test
 * (P04, P06, P07 are announced by the spec but absent); those checks are compared with the core run on the same
 * input in this JVM, to the same tolerance. Fairness vectors belong to bias reviews, not to monitoring.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringVectorsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ArquillianResource URL base;

  private long system;
  private int period;

  @Test
  void everyDriftAndPerformanceVectorGivesTheSameFiguresThroughTheApi() throws Exception {
    system = MonitoringIT.system(base);
    int checked = 0;
    for (JsonNode vector : ReferenceVectors.all()) {
      String kind = vector.get("kind").asText();
      String id = vector.get("id").asText();
      JsonNode in = vector.get("input");
      JsonNode expected = vector.get("expected");
      switch (kind) {
        case "drift_binned_numeric", "drift_categorical" -> {
          boolean numeric = kind.equals("drift_binned_numeric");
          String shape = numeric ? "binEdges" : "categories";
          Object values = numeric ? in.get("bin_edges") : in.get("categories");
          JsonNode check = post(line("INPUT_DISTRIBUTION", "PSI", Map.of()), Map.of(
              "reference", Map.of(shape, values, "counts", in.get("reference_counts")),
              "current", Map.of(shape, values, "counts", in.get("current_counts"))));
          JsonNode report = check.get("result").get("report");
          Map<String, JsonNode> actual = new HashMap<>();
          DRIFT_PATHS.forEach((key, path) -> actual.put(key, at(report, path)));
          compareAll(id, expected, actual);
          assertThat(check.get("severity").asText()).as(id + " severity").isEqualToIgnoringCase(
              expected.get("psi_severity").asText());
        }
        case "performance_threshold_reference_std" -> {
          JsonNode check = post(line("AUROC", "REFERENCE_STD",
              Map.of("stdMultiplier", in.get("std_multiplier").asDouble())), Map.of(
              "reference", Map.of("values", in.get("reference_chunk_values")),
              "current", Map.of("values", in.get("analysis_chunk_values"))));
          JsonNode r = check.get("result");
          compareAll(id, expected, Map.of("mean", r.get("mean"), "std_ddof0", r.get("std"),
              "lower_threshold", r.get("lowerThreshold"), "upper_threshold", r.get("upperThreshold"),
              "alerts", r.get("alerts")));
        }
        case "performance_cusum" -> {
          Map<String, JsonNode> actual = new HashMap<>();
          for (JsonNode h : in.get("h_values")) {
            JsonNode r = post(line("AUROC", "CUSUM", Map.of("cusumK", in.get("k").asDouble(),
                "cusumH", h.asDouble())), Map.of("mu0", in.get("mu0"), "sigma", in.get("sigma"),
                "current", Map.of("values", in.get("series")))).get("result");
            actual.put("z", r.get("z"));
            actual.put("s_plus", r.get("sPlus"));
            actual.put("s_minus", r.get("sMinus"));
            actual.put("first_alarm_index_h" + h.asText(), r.get("firstAlarmIndex"));
          }
          compareAll(id, expected, actual);
        }
        case "performance_ewma" -> {
          JsonNode r = post(line("AUROC", "EWMA", Map.of("ewmaLambda", in.get("lambda").asDouble(),
              "limitWidth", in.get("L").asDouble())), Map.of("mu0", in.get("mu0"), "sigma", in.get("sigma"),
              "current", Map.of("values", in.get("series")))).get("result");
          compareAll(id, expected, Map.of("ewma", r.get("ewma"), "lcl", r.get("lowerLimits"),
              "ucl", r.get("upperLimits"), "alarms", r.get("alarms"), "first_alarm_index", r.get("firstAlarmIndex"),
              "steady_state_lcl", r.get("steadyStateLowerLimit"), "steady_state_ucl", r.get("steadyStateUpperLimit")));
        }
        case "performance_auroc_binned" -> {
          JsonNode r = post(line("AUROC", "AUROC_BINNED", Map.of()), Map.of(
              "reference", Map.of("positiveCounts", in.get("reference").get("pos_counts"),
                  "negativeCounts", in.get("reference").get("neg_counts")),
              "current", Map.of("positiveCounts", in.get("current").get("pos_counts"),
                  "negativeCounts", in.get("current").get("neg_counts")))).get("result");
          JsonNode ref = r.get("reference");
          JsonNode cur = r.get("current");
          compareAll(id, expected, Map.of("auroc_reference", ref.get("auroc"), "auroc_current", cur.get("auroc"),
              "se_reference", ref.get("standardError"), "se_current", cur.get("standardError"),
              "ci95_reference", JSON.valueToTree(List.of(ref.get("ci95Lower"), ref.get("ci95Upper"))),
              "ci95_current", JSON.valueToTree(List.of(cur.get("ci95Lower"), cur.get("ci95Upper"))),
              "z", r.get("z"), "p_value", r.get("pValue"), "significant_drop_alpha_0_05", r.get("significantDrop")));
        }
        case "fairness_confusion_matrices" -> {
          continue; // bias reviews, not monitoring checks
        }
        default -> throw new AssertionError(id + ": no check posts vectors of kind " + kind);
      }
      checked++;
    }
    assertThat(checked).isEqualTo(10);
  }

  @Test
  void westernElectricPChartSensitivityChangeAndZTestMatchTheCoreThroughTheApi() throws Exception {
    system = MonitoringIT.system(base);
    double[] series = {0.5, 2.5, 2.6, 0.2, 1.5, 1.2, 0.3, 1.1, 1.4, -3.5};
    for (String convention : List.of("COMPLETING_POINT_BEYOND_ZONE", "WINDOW_ONLY")) {
      JsonNode check = post(line("AUROC", "WESTERN_ELECTRIC", Map.of()), Map.of("mu0", 0, "sigma", 1,
          "current", Map.of("values", series), "options", Map.of("westernElectricZoneRule", convention)));
      var core = WesternElectricRules.evaluate(series, 0, 1,
          fr.vigie.monitoring.control.ZoneRule.valueOf(convention));
      compare("we." + convention, JSON.valueToTree(core), check.get("result"));
      assertThat(check.get("severity").asText()).isEqualTo("SIGNIFICANT"); // rule 1 at the checked period
      assertThat(check.get("options").get("westernElectricZoneRule").asText()).isEqualTo(convention);
    }

    List<Map<String, Object>> periods = List.of(Map.of("period", "2026-01", "events", 40, "total", 400),
        Map.of("period", "2026-02", "events", 38, "total", 410), Map.of("period", "2026-03", "events", 45, "total", 390),
        Map.of("period", "2026-04", "events", 90, "total", 400));
    JsonNode pChart = post(line("REFUSAL_RATE", "P_CHART", Map.of()), Map.of("periods", periods,
        "referencePeriods", 3));
    List<PeriodRate> rates = new ArrayList<>();
    periods.forEach(p -> rates.add(new PeriodRate((String) p.get("period"), (Integer) p.get("events"),
        (Integer) p.get("total"))));
    compare("p-chart", JSON.valueToTree(ProportionChart.evaluate(rates, 3, 3)), pChart.get("result"));
    assertThat(pChart.get("severity").asText()).isEqualTo("SIGNIFICANT");

    JsonNode sensitivity = post(line("SENSITIVITY", "PROPORTION_CHANGE", Map.of()), Map.of(
        "reference", Map.of("events", 180, "total", 200), "current", Map.of("events", 150, "total", 190)));
    compare("sensitivity", JSON.valueToTree(ProportionChange.compare(180, 200, 150, 190)), sensitivity.get("result"));

    Map<String, Object> binary = Map.of(
        "reference", Map.of("categories", List.of("accepted", "rejected"), "counts", List.of(700, 300)),
        "current", Map.of("categories", List.of("accepted", "rejected"), "counts", List.of(600, 400)));
    JsonNode first = post(line("OUTPUT_DISTRIBUTION", "TWO_PROPORTION_Z", Map.of()), binary);
    Map<String, Object> chosen = new HashMap<>(binary);
    chosen.put("options", Map.of("zCategory", "rejected"));
    JsonNode second = post(line("OUTPUT_DISTRIBUTION", "TWO_PROPORTION_Z", Map.of()), chosen);
    JsonNode z1 = first.get("result").get("selected");
    JsonNode z2 = second.get("result").get("selected");
    assertThat(z1.get("category").asText()).isEqualTo("accepted");
    assertThat(z2.get("category").asText()).isEqualTo("rejected");
    assertThat(z2.get("z").get("value").asDouble()).isCloseTo(-z1.get("z").get("value").asDouble(), within(1e-9));
    assertThat(z2.get("pValue").get("value").asDouble()).isCloseTo(z1.get("pValue").get("value").asDouble(),
        within(1e-9));
    assertThat(second.get("options").get("zCategory").asText()).isEqualTo("rejected");

    Map<String, Object> table = Map.of(
        "reference", Map.of("categories", List.of("a", "b"), "counts", List.of(30, 70)),
        "current", Map.of("categories", List.of("a", "b"), "counts", List.of(45, 55)));
    JsonNode yates = post(line("OUTPUT_DISTRIBUTION", "CHI_SQUARE_CONTINGENCY", Map.of()), table);
    Map<String, Object> plain = new HashMap<>(table);
    plain.put("options", Map.of("yates", false));
    JsonNode noYates = post(line("OUTPUT_DISTRIBUTION", "CHI_SQUARE_CONTINGENCY", Map.of()), plain);
    assertThat(yates.get("result").get("selected").get("yatesCorrection").asBoolean()).isTrue();
    assertThat(noYates.get("result").get("selected").get("yatesCorrection").asBoolean()).isFalse();
    // 2x2 table by hand: chi2 without correction = N (ad - bc)^2 / (r1 r2 c1 c2)
    double n = 200;
    double expectedChi2 = n * Math.pow(30 * 55 - 70 * 45, 2) / (100.0 * 100 * 75 * 125);
    assertThat(noYates.get("result").get("selected").get("statistic").get("value").asDouble())
        .isCloseTo(expectedChi2, within(1e-6));
  }

  // ------------------------------------------------------------------ helpers

  private long line(String kind, String method, Map<String, Object> thresholds) {
    Map<String, Object> line = MonitoringIT.line(system, kind);
    line.put("method", method);
    line.put("thresholds", thresholds);
    return MonitoringIT.createLine(base, line);
  }

  private JsonNode post(long line, Map<String, Object> data) throws Exception {
    Map<String, Object> body = new HashMap<>(data);
    period++;
    body.put("periodStart", String.format("2025-%02d-01", 1 + period % 12));
    body.put("periodEnd", String.format("2025-%02d-28", 1 + period % 12));
    String answer = Api.as(base, Api.QUALITY).body(JSON.writeValueAsString(body))
        .post("api/monitoring-lines/" + line + "/checks").then().statusCode(201).extract().asString();
    return JSON.readTree(answer);
  }

  private static final Map<String, String> DRIFT_PATHS = new HashMap<>();

  static {
    DRIFT_PATHS.put("n_reference", "nReference");
    DRIFT_PATHS.put("n_current", "nCurrent");
    DRIFT_PATHS.put("reference_proportions", "referenceProportions");
    DRIFT_PATHS.put("current_proportions", "currentProportions");
    DRIFT_PATHS.put("psi", "psi.value");
    DRIFT_PATHS.put("psi_bin_terms", "psi.binTerms");
    DRIFT_PATHS.put("psi_epsilon_reference", "psi.epsilonReference");
    DRIFT_PATHS.put("psi_epsilon_current", "psi.epsilonCurrent");
    DRIFT_PATHS.put("psi_severity", "psi.severity");
    DRIFT_PATHS.put("psi_drift_evidently_default_0_1", "psi.driftAtDefaultThreshold");
    DRIFT_PATHS.put("kl_divergence_ref_to_cur_ln", "kullbackLeibler.value");
    DRIFT_PATHS.put("js_distance_ln", "jensenShannon.distanceLn");
    DRIFT_PATHS.put("js_distance_base2", "jensenShannon.distanceBase2");
    DRIFT_PATHS.put("js_divergence_ln", "jensenShannon.divergenceLn");
    DRIFT_PATHS.put("js_drift_evidently_default_0_1", "jensenShannon.driftAtDefaultThreshold");
    DRIFT_PATHS.put("js_severity_registry", "jensenShannon.severity");
    DRIFT_PATHS.put("hellinger", "hellinger.value");
    DRIFT_PATHS.put("hellinger_severity_whylogs", "hellinger.severity");
    DRIFT_PATHS.put("l_infinity", "lInfinity.value");
    DRIFT_PATHS.put("wasserstein_bin_centres", "wasserstein.binCentres");
    DRIFT_PATHS.put("wasserstein", "wasserstein.distance");
    DRIFT_PATHS.put("reference_std_from_bins", "wasserstein.referenceStd");
    DRIFT_PATHS.put("wasserstein_normed", "wasserstein.normed");
    DRIFT_PATHS.put("wasserstein_drift_evidently_default_0_1", "wasserstein.driftAtDefaultThreshold");
    DRIFT_PATHS.put("wasserstein_normed_severity_registry", "wasserstein.severity");
    DRIFT_PATHS.put("ks_reference_cdf_at_right_edges", "kolmogorovSmirnov.referenceCdf");
    DRIFT_PATHS.put("ks_current_cdf_at_right_edges", "kolmogorovSmirnov.currentCdf");
    DRIFT_PATHS.put("ks_statistic", "kolmogorovSmirnov.statistic");
    DRIFT_PATHS.put("ks_effective_n", "kolmogorovSmirnov.effectiveN");
    DRIFT_PATHS.put("ks_p_value", "kolmogorovSmirnov.pValue");
    DRIFT_PATHS.put("ks_drift_alpha_0_05", "kolmogorovSmirnov.driftAtAlpha");
    DRIFT_PATHS.put("ks_severity_whylogs_bands", "kolmogorovSmirnov.severity");
    DRIFT_PATHS.put("chi2_gof_statistic", "chiSquareGoodnessOfFit.statistic");
    DRIFT_PATHS.put("chi2_gof_p_value", "chiSquareGoodnessOfFit.pValue");
    DRIFT_PATHS.put("chi2_gof_dof", "chiSquareGoodnessOfFit.degreesOfFreedom");
    DRIFT_PATHS.put("chi2_gof_drift_alpha_0_05", "chiSquareGoodnessOfFit.driftAtAlpha");
    DRIFT_PATHS.put("chi2_contingency_statistic", "chiSquareContingency.statistic");
    DRIFT_PATHS.put("chi2_contingency_p_value", "chiSquareContingency.pValue");
    DRIFT_PATHS.put("chi2_contingency_dof", "chiSquareContingency.degreesOfFreedom");
    DRIFT_PATHS.put("chi2_contingency_drift_alpha_0_05", "chiSquareContingency.driftAtAlpha");
    DRIFT_PATHS.put("chi2_contingency_severity_whylogs_bands", "chiSquareContingency.severity");
  }

  private static JsonNode at(JsonNode node, String path) {
    JsonNode n = node;
    for (String part : path.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    return n;
  }

  /** Every expected key must have an actual value (no expected figure is skipped). */
  private static void compareAll(String id, JsonNode expected, Map<String, JsonNode> actual) {
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      var field = it.next();
      assertThat(actual).as(id + ": expected key " + field.getKey() + " is not checked").containsKey(field.getKey());
      compare(id + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
    }
  }

  /** Spec §7 rules on JSON: numbers within 1e-6 (a figure is {status, value}), non-finite as status, null. */
  private static void compare(String path, JsonNode expected, JsonNode actual) {
    boolean figure = actual != null && actual.isObject() && actual.has("status") && actual.has("value");
    if (expected.isNull()) {
      assertThat(actual == null || actual.isNull() || (figure && actual.get("status").asText().equals("UNDEFINED")))
          .as(path + " undefined, was " + actual).isTrue();
    } else if (expected.isTextual() && List.of("Infinity", "-Infinity", "NaN").contains(expected.asText())) {
      String status = switch (expected.asText()) {
        case "Infinity" -> "POSITIVE_INFINITY";
        case "-Infinity" -> "NEGATIVE_INFINITY";
        default -> "UNDEFINED";
      };
      assertThat(figure).as(path + " is a figure").isTrue();
      assertThat(actual.get("status").asText()).as(path).isEqualTo(status);
    } else if (expected.isNumber()) {
      JsonNode number = figure ? actual.get("value") : actual;
      assertThat(number).as(path + " is a number, was " + actual).isNotNull();
      assertThat(number.isNumber()).as(path + " is a number, was " + actual).isTrue();
      assertThat(number.asDouble()).as(path).isCloseTo(expected.asDouble(), within(ReferenceVectors.TOLERANCE));
    } else if (expected.isBoolean()) {
      assertThat(actual.isBoolean() && actual.asBoolean() == expected.asBoolean()).as(path + ": " + actual).isTrue();
    } else if (expected.isTextual()) {
      assertThat(actual.asText()).as(path).isEqualToIgnoringCase(expected.asText());
    } else if (expected.isArray()) {
      assertThat(actual.isArray()).as(path + " is a list").isTrue();
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        var field = it.next();
        compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
      }
    }
  }
}
