package fr.vigie.monitoring;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import fr.vigie.Api;
import fr.vigie.aisystems.AiSystemsIT;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Monitoring plans over HTTP: lines (CRUD, defaults, overdue) and checks (validation, storage, order). */
@ExtendWith(ArquillianExtension.class)
public class MonitoringIT {

  @ArquillianResource URL base;

  static long system(URL base) {
    return Api.as(base, Api.QUALITY).body(AiSystemsIT.validSystem("Surveillance " + UUID.randomUUID()))
        .post("api/ai-systems").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  public static Map<String, Object> line(long system, String kind) {
    Map<String, Object> line = new HashMap<>();
    line.put("aiSystemId", system);
    line.put("name", "Ligne " + kind);
    line.put("watchedKind", kind);
    line.put("cadence", "MONTHLY");
    line.put("owner", "Cellule qualité");
    line.put("breachActionKind", "INVESTIGATE");
    line.put("breachAction", "Analyser la dérive avec l'éditeur.");
    return line;
  }

  public static long createLine(URL base, Map<String, Object> line) {
    return Api.as(base, Api.QUALITY).body(line).post("api/monitoring-lines").then().statusCode(201)
        .extract().jsonPath().getLong("id");
  }

  public static Map<String, Object> histogramCheck(String start, String end, List<Integer> reference, List<Integer> current) {
    List<Double> edges = List.of(0.0, 1.0, 2.0, 3.0);
    return new HashMap<>(Map.of("periodStart", start, "periodEnd", end,
        "reference", Map.of("binEdges", edges, "counts", reference),
        "current", Map.of("binEdges", edges, "counts", current)));
  }

  @Test
  void aLineTakesTheSpecDefaultsOfItsKindAndIsOverdueWhenItsFirstCheckIsLate() {
    long system = system(base);
    var body = line(system, "INPUT_DISTRIBUTION");
    body.put("startsOn", "2020-01-01");
    var created = Api.as(base, Api.QUALITY).body(body).post("api/monitoring-lines").then().statusCode(201)
        .header("ETag", "\"0\"")
        .body("method", equalTo("PSI"))
        .body("thresholds.moderate", equalTo(null))
        .body("effectiveThresholds.moderate", equalTo(0.10f))
        .body("effectiveThresholds.significant", equalTo(0.25f))
        .body("nextDue", equalTo("2020-02-01"))
        .body("overdue", equalTo(true))
        .extract();
    long id = created.jsonPath().getLong("id");

    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get("api/monitoring-lines").then().statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) id));

    LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    String end = lastMonth.plusMonths(1).minusDays(1).toString();
    Api.as(base, Api.QUALITY).body(histogramCheck(lastMonth.toString(), end, List.of(10, 20, 30), List.of(10, 20, 30)))
        .post("api/monitoring-lines/" + id + "/checks").then().statusCode(201)
        .body("severity", equalTo("NONE"))
        .body("breach", equalTo(false));
    Api.as(base, Api.VIEWER).get("api/monitoring-lines/" + id).then().statusCode(200)
        .body("lastPeriodEnd", equalTo(end))
        .body("nextDue", equalTo(LocalDate.parse(end).plusMonths(1).toString()))
        .body("overdue", equalTo(false));
  }

  @Test
  void replaceNeedsTheETagAndKeepsTheLineInItsPlan() {
    long system = system(base);
    long id = createLine(base, line(system, "REFUSAL_RATE"));
    var body = line(system, "REFUSAL_RATE");
    body.put("method", "PROPORTION_CHANGE");
    body.put("thresholds", Map.of("moderate", 0.2, "significant", 0.01));
    Api.as(base, Api.QUALITY).body(body).put("api/monitoring-lines/" + id).then().statusCode(428);
    Api.as(base, Api.QUALITY).header("If-Match", "\"7\"").body(body).put("api/monitoring-lines/" + id)
        .then().statusCode(412);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/monitoring-lines/" + id)
        .then().statusCode(200).header("ETag", "\"1\"")
        .body("method", equalTo("PROPORTION_CHANGE"))
        .body("effectiveThresholds.significant", equalTo(0.01f));
    body.put("aiSystemId", system(base));
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(body).put("api/monitoring-lines/" + id)
        .then().statusCode(400).body("violations.field", hasItem("aiSystemId"));
    Api.as(base, Api.VIEWER).get("api/monitoring-lines/" + id + "/history").then().statusCode(200)
        .body("total", equalTo(2));
    Api.as(base, Api.VIEWER).header("If-Match", "\"1\"").delete("api/monitoring-lines/" + id).then().statusCode(403);
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").delete("api/monitoring-lines/" + id).then().statusCode(204);
  }

  @Test
  void aMethodMustFitTheKindAndBandsMustBeOrderedOrGivenWhenTheSpecHasNone() {
    long system = system(base);
    var wrong = line(system, "REFUSAL_RATE");
    wrong.put("method", "PSI");
    Api.as(base, Api.QUALITY).body(wrong).post("api/monitoring-lines").then().statusCode(400)
        .body("violations.field", hasItem("method"));
    var kl = line(system, "OUTPUT_DISTRIBUTION");
    kl.put("method", "KULLBACK_LEIBLER");
    Api.as(base, Api.QUALITY).body(kl).post("api/monitoring-lines").then().statusCode(400)
        .body("violations.field", hasItem("thresholds.moderate"));
    var reversed = line(system, "INPUT_DISTRIBUTION");
    reversed.put("thresholds", Map.of("moderate", 0.3, "significant", 0.2));
    Api.as(base, Api.QUALITY).body(reversed).post("api/monitoring-lines").then().statusCode(400)
        .body("violations.field", hasItem("thresholds.significant"));
    Api.as(base, Api.QUALITY).body(line(999_999_999L, "AUROC")).post("api/monitoring-lines").then().statusCode(400)
        .body("violations.field", hasItem("aiSystemId"));
    Api.as(base, Api.VIEWER).body(line(system, "AUROC")).post("api/monitoring-lines").then().statusCode(403);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(line(system, "AUROC")).post("api/monitoring-lines")
        .then().statusCode(412);
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get("api/monitoring-lines").then().statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void aRefusedCheckNamesTheRowAndTheRuleAndStoresNothing() {
    long id = createLine(base, line(system(base), "INPUT_DISTRIBUTION"));
    String checks = "api/monitoring-lines/" + id + "/checks";
    refuse(checks, histogramCheck("2026-01-01", "2026-01-31", List.of(10, 20, 30), List.of(10, -1, 30)),
        "current.counts[1]", "NEGATIVE_COUNT");
    var otherEdges = histogramCheck("2026-01-01", "2026-01-31", List.of(10, 20, 30), List.of(10, 20, 30));
    otherEdges.put("current", Map.of("binEdges", List.of(0.0, 1.0, 2.5, 3.0), "counts", List.of(10, 20, 30)));
    refuse(checks, otherEdges, "current.binEdges", "MISMATCHED_BIN_EDGES");
    refuse(checks, histogramCheck("2026-01-01", "2026-01-31", List.of(0, 0, 0), List.of(1, 2, 3)),
        "reference.counts", "EMPTY_TOTAL");
    var fractional = histogramCheck("2026-01-01", "2026-01-31", List.of(10, 20, 30), List.of(10, 20, 30));
    fractional.put("current", Map.of("binEdges", List.of(0.0, 1.0, 2.0, 3.0), "counts", List.of(10, 2.5, 30)));
    refuse(checks, fractional, "current.counts[1]", "NON_INTEGER_COUNT");
    Api.as(base, Api.QUALITY).body(histogramCheck("2026-02-01", "2026-01-31", List.of(1, 2, 3), List.of(1, 2, 3)))
        .post(checks).then().statusCode(400).body("violations.field", hasItem("periodEnd"));
    Api.as(base, Api.VIEWER).get(checks).then().statusCode(200).body("total", equalTo(0));

    long series = createLine(base, Map.of("aiSystemId", system(base), "name", "AUROC mensuelle",
        "watchedKind", "AUROC", "method", "EWMA", "cadence", "MONTHLY", "owner", "Dr Martin",
        "breachActionKind", "RETRAIN_RECALIBRATE", "breachAction", "Recalibrer."));
    refuse("api/monitoring-lines/" + series + "/checks", Map.of("periodStart", "2026-01-01",
        "periodEnd", "2026-01-31", "reference", Map.of("values", List.of(0.8)),
        "current", Map.of("values", List.of(0.8, 0.7))), "reference.values", "REFERENCE_WINDOW_TOO_SHORT");
    var tooLong = new java.util.ArrayList<Double>();
    for (int i = 0; i < 241; i++) {
      tooLong.add(0.8);
    }
    Api.as(base, Api.QUALITY).body(Map.of("periodStart", "2026-01-01", "periodEnd", "2026-01-31",
            "mu0", 0.8, "sigma", 0.01, "current", Map.of("values", tooLong)))
        .post("api/monitoring-lines/" + series + "/checks").then().statusCode(400)
        .body("violations.field", hasItem("current.values"));
  }

  @Test
  void aNumberBeyondADoubleIsRefusedEvenWhereTheMethodDoesNotUseIt() {
    long id = createLine(base, line(system(base), "INPUT_DISTRIBUTION"));
    String body = "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-01-31\",\"mu0\":1e400,"
        + "\"reference\":{\"binEdges\":[0,1,2,3],\"counts\":[10,20,30]},"
        + "\"current\":{\"binEdges\":[0,1,2,3],\"counts\":[10,20,30]}}";
    Api.as(base, Api.QUALITY).body(body).post("api/monitoring-lines/" + id + "/checks").then().statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("mu0"));
    Api.as(base, Api.QUALITY).body(body.replace("\"mu0\":1e400,", "").replace("[10,20,30]}}", "[10,20,1e999]}}"))
        .post("api/monitoring-lines/" + id + "/checks").then().statusCode(400)
        .body("violations[0].field", equalTo("current.counts[2]"));
    Api.as(base, Api.VIEWER).get("api/monitoring-lines/" + id + "/checks").then().body("total", equalTo(0));
  }

  @Test
  void aRefusalReadsInFrenchForAFrenchCaller() {
    long id = createLine(base, line(system(base), "INPUT_DISTRIBUTION"));
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr-FR")
        .body(histogramCheck("2026-01-01", "2026-01-31", List.of(10, 20, 30), List.of(10, -1, 30)))
        .post("api/monitoring-lines/" + id + "/checks").then().statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("current.counts[1]"))
        .body("violations[0].message",
            equalTo("un effectif ne peut pas être négatif (valeur reçue : -1.0) (NEGATIVE_COUNT)"));
  }

  private void refuse(String path, Map<String, Object> body, String field, String reason) {
    Api.as(base, Api.QUALITY).body(body).post(path).then().statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo(field))
        .body("violations[0].message", org.hamcrest.Matchers.containsString(reason));
  }

  @Test
  void checksAreListedNewestPeriodFirstAndAPeriodIsCheckedOnce() {
    long id = createLine(base, line(system(base), "INPUT_DISTRIBUTION"));
    String checks = "api/monitoring-lines/" + id + "/checks";
    Api.as(base, Api.QUALITY).body(histogramCheck("2026-01-01", "2026-01-31", List.of(100, 100, 100), List.of(100, 100, 100)))
        .post(checks).then().statusCode(201).header("Location", notNullValue());
    Api.as(base, Api.QUALITY).body(histogramCheck("2026-02-01", "2026-02-28", List.of(100, 100, 100), List.of(10, 40, 250)))
        .post(checks).then().statusCode(201)
        .body("severity", equalTo("SIGNIFICANT"))
        .body("breach", equalTo(true))
        .body("primaryFigure", equalTo("psi"))
        .body("thresholds.significant", equalTo(0.25f))
        .body("result.selected.convention.logBase", equalTo("e"))
        .body("input.current.counts", equalTo(List.of(10.0f, 40.0f, 250.0f)))
        .body("recordedBy", equalTo(Api.QUALITY));
    Api.as(base, Api.QUALITY).body(histogramCheck("2026-02-01", "2026-02-28", List.of(1, 1, 1), List.of(1, 1, 1)))
        .post(checks).then().statusCode(409);
    Api.as(base, Api.VIEWER).get(checks).then().statusCode(200)
        .body("total", equalTo(2))
        .body("items.periodStart", equalTo(List.of("2026-02-01", "2026-01-01")));
    Api.as(base, Api.VIEWER).queryParam("sort", "periodEnd").get(checks).then().statusCode(200)
        .body("items.periodStart", equalTo(List.of("2026-01-01", "2026-02-01")));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/monitoring-lines/" + id).then().statusCode(409);
  }

  @Test
  void bulkPostingIsAllOrNothingAndARetryNeverDuplicates() {
    long system = system(base);
    long psi = createLine(base, line(system, "INPUT_DISTRIBUTION"));
    long rate = createLine(base, line(system, "REFUSAL_RATE"));
    var january = histogramCheck("2026-01-01", "2026-01-31", List.of(100, 100, 100), List.of(100, 100, 100));
    january.put("lineId", psi);
    var february = histogramCheck("2026-02-01", "2026-02-28", List.of(100, 100, 100), List.of(10, 40, 250));
    february.put("lineId", psi);
    Map<String, Object> refusals = new HashMap<>(Map.of("lineId", rate, "periodStart", "2026-02-01",
        "periodEnd", "2026-02-28", "periods", List.of(Map.of("period", "2026-01", "events", 12, "total", 200),
            Map.of("period", "2026-02", "events", 40, "total", 210)), "referencePeriods", 1));
    var broken = new HashMap<>(refusals);
    broken.put("periods", List.of(Map.of("period", "2026-01", "events", 12, "total", 200),
        Map.of("period", "2026-02", "events", 240, "total", 210)));

    Api.as(base, Api.QUALITY).body(Map.of("checks", List.of(january, february, broken)))
        .post("api/monitoring-lines/bulk-checks").then().statusCode(400)
        .body("violations[0].field", equalTo("checks[2].periods[1].events"));
    Api.as(base, Api.VIEWER).get("api/monitoring-lines/" + psi + "/checks").then().body("total", equalTo(0));

    var posting = Map.of("checks", List.of(january, february, refusals));
    Api.as(base, Api.QUALITY).body(posting).post("api/monitoring-lines/bulk-checks").then().statusCode(200)
        .body("items.outcome", equalTo(List.of("CREATED", "CREATED", "CREATED")))
        .body("items[1].check.severity", equalTo("SIGNIFICANT"))
        .body("items[2].check.severity", equalTo("SIGNIFICANT"));
    Api.as(base, Api.QUALITY).body(posting).post("api/monitoring-lines/bulk-checks").then().statusCode(200)
        .body("items.outcome", equalTo(List.of("EXISTING", "EXISTING", "EXISTING")));
    Api.as(base, Api.VIEWER).get("api/monitoring-lines/" + psi + "/checks").then().body("total", equalTo(2));
    Api.as(base, Api.VIEWER).get("api/monitoring-lines/" + rate + "/checks").then().body("total", equalTo(1));

    var corrected = histogramCheck("2026-01-01", "2026-01-31", List.of(100, 100, 100), List.of(90, 100, 110));
    corrected.put("lineId", psi);
    Api.as(base, Api.QUALITY).body(Map.of("checks", List.of(corrected))).post("api/monitoring-lines/bulk-checks")
        .then().statusCode(409).body("violations[0].field", equalTo("checks[0].periodStart"));
  }
}
