package fr.vigie.monitoring;

import static fr.vigie.monitoring.MonitoringIT.createLine;
import static fr.vigie.monitoring.MonitoringIT.line;
import static fr.vigie.monitoring.MonitoringIT.system;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks posted as CSV files (docs/computations.md, "Checks as CSV"): every shape, both delimiters and the tab of
 * a pasted spreadsheet, a byte-order mark, decimal commas; the same figures as the JSON post; refusals naming the
 * CSV line and column, of binary, non-UTF-8 and oversized files, storing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringCsvIT {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @ArquillianResource URL base;

  private ValidatableResponse csv(long line, String start, String end, byte[] body, String... params) {
    var request = Api.as(base, Api.QUALITY).contentType("text/csv").queryParam("periodStart", start)
        .queryParam("periodEnd", end);
    for (int i = 0; i < params.length; i += 2) {
      request.queryParam(params[i], params[i + 1]);
    }
    return request.body(body).post("api/monitoring-lines/" + line + "/checks/csv").then();
  }

  private ValidatableResponse csv(long line, String text, String... params) {
    return csv(line, "2026-02-01", "2026-02-28", text.getBytes(StandardCharsets.UTF_8), params);
  }

  private JsonPath json(long line, Map<String, Object> body) {
    return Api.as(base, Api.QUALITY).body(body).post("api/monitoring-lines/" + line + "/checks").then()
        .statusCode(201).extract().jsonPath();
  }

  private static Map<String, Object> period(Map<String, Object> data) {
    Map<String, Object> body = new HashMap<>(data);
    body.put("periodStart", "2026-02-01");
    body.put("periodEnd", "2026-02-28");
    return body;
  }

  /** The CSV check has the JSON check's severity, figure and full result. */
  private static void sameFigures(JsonPath fromCsv, JsonPath fromJson) {
    assertEquals(fromJson.getString("severity"), fromCsv.getString("severity"));
    assertEquals(fromJson.getString("primaryFigure"), fromCsv.getString("primaryFigure"));
    assertEquals(fromJson.getDouble("primaryValue"), fromCsv.getDouble("primaryValue"));
    assertEquals(fromJson.getMap("result"), fromCsv.getMap("result"));
    assertEquals(fromJson.getMap("input.reference"), fromCsv.getMap("input.reference"));
    assertEquals(fromJson.getMap("input.current"), fromCsv.getMap("input.current"));
  }

  @Test
  void aFrenchExcelHistogramGivesTheFiguresOfTheJsonPost() {
    long system = system(base);
    long viaCsv = createLine(base, line(system, "INPUT_DISTRIBUTION"));
    long viaJson = createLine(base, line(system, "INPUT_DISTRIBUTION"));
    String text = "lower;upper;reference;current\r\n0;1,5;100;10\r\n1,5;3;100;40\r\n3;4,5;100;250\r\n";
    byte[] withBom = new byte[BOM.length + text.length()];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, withBom, BOM.length, text.length());
    // PSI = Σ (c − r) ln(c / r) with r = 1/3 and c = 10, 40, 250 out of 300: 0.690776 + 0.183258 + 0.458145
    JsonPath fromCsv = csv(viaCsv, "2026-02-01", "2026-02-28", withBom).statusCode(201)
        .header("Location", containsString("/api/monitoring-lines/" + viaCsv + "/checks/"))
        .body("severity", equalTo("SIGNIFICANT"))
        .body("input.reference.binEdges", equalTo(List.of(0.0f, 1.5f, 3.0f, 4.5f)))
        .extract().jsonPath();
    assertEquals(1.332179, fromCsv.getDouble("primaryValue"), 1e-6);
    List<Double> edges = List.of(0.0, 1.5, 3.0, 4.5);
    JsonPath fromJson = json(viaJson, period(Map.of(
        "reference", Map.of("binEdges", edges, "counts", List.of(100, 100, 100)),
        "current", Map.of("binEdges", edges, "counts", List.of(10, 40, 250)))));
    sameFigures(fromCsv, fromJson);
    Api.as(base, Api.VIEWER).get("api/monitoring-lines/" + viaCsv + "/checks").then().body("total", equalTo(1));
  }

  @Test
  void categoriesWithCommasAndQuotesGiveTheJsonFigures() {
    long system = system(base);
    var kind = line(system, "OUTPUT_DISTRIBUTION");
    kind.put("method", "CHI_SQUARE_CONTINGENCY");
    long viaCsv = createLine(base, kind);
    long viaJson = createLine(base, kind);
    JsonPath fromCsv = csv(viaCsv, "Category,Reference,Current\n\"Urgent, vital\",120,80\nUrgent,300,310\n"
        + "Non urgent,580,610\n", "yates", "false").statusCode(201)
        .body("input.current.categories", equalTo(List.of("Urgent, vital", "Urgent", "Non urgent")))
        .body("options.yates", equalTo(false))
        .extract().jsonPath();
    List<String> names = List.of("Urgent, vital", "Urgent", "Non urgent");
    var body = period(Map.of("reference", Map.of("categories", names, "counts", List.of(120, 300, 580)),
        "current", Map.of("categories", names, "counts", List.of(80, 310, 610))));
    body.put("options", Map.of("yates", false));
    sameFigures(fromCsv, json(viaJson, body));
  }

  @Test
  void aSeriesWithItsReferenceWindowFlagged() {
    long system = system(base);
    var kind = line(system, "AUROC");
    kind.put("method", "CUSUM");
    long viaCsv = createLine(base, kind);
    long viaJson = createLine(base, kind);
    JsonPath fromCsv = csv(viaCsv, "period;value;reference\n2025-10;0,81;oui\n2025-11;0,83;1\n2025-12;0,82;x\n"
        + "2026-01;0,80;non\n2026-02;0,70;0\n").statusCode(201).extract().jsonPath();
    sameFigures(fromCsv, json(viaJson, period(Map.of("reference", Map.of("values", List.of(0.81, 0.83, 0.82)),
        "current", Map.of("values", List.of(0.80, 0.70))))));
    long withCentre = createLine(base, kind);
    csv(withCentre, "period;value\n2026-01;0,80\n2026-02;0,70\n", "mu0", "0.82", "sigma", "0,01")
        .statusCode(201).body("input.mu0", equalTo(0.82f)).body("input.sigma", equalTo(0.01f));
  }

  @Test
  void scoreBinsPastedFromASpreadsheetWithTabs() {
    long system = system(base);
    long viaCsv = createLine(base, line(system, "AUROC"));
    long viaJson = createLine(base, line(system, "AUROC"));
    JsonPath fromCsv = csv(viaCsv, "bin\treference_positives\treference_negatives\tcurrent_positives\t"
        + "current_negatives\n0-0,5\t10\t300\t25\t280\n0,5-0,8\t40\t90\t40\t100\n0,8-1\t150\t10\t100\t30\n")
        .statusCode(201).extract().jsonPath();
    sameFigures(fromCsv, json(viaJson, period(Map.of(
        "reference", Map.of("positiveCounts", List.of(10, 40, 150), "negativeCounts", List.of(300, 90, 10)),
        "current", Map.of("positiveCounts", List.of(25, 40, 100), "negativeCounts", List.of(280, 100, 30))))));
  }

  @Test
  void proportionsAndRateSeries() {
    long system = system(base);
    long viaCsv = createLine(base, line(system, "SENSITIVITY"));
    long viaJson = createLine(base, line(system, "SENSITIVITY"));
    JsonPath fromCsv = csv(viaCsv, "period,successes,trials,reference\n2025,180,200,1\n2026-02,150,190,0\n")
        .statusCode(201).extract().jsonPath();
    sameFigures(fromCsv, json(viaJson, period(Map.of("reference", Map.of("events", 180, "total", 200),
        "current", Map.of("events", 150, "total", 190)))));

    long ratesCsv = createLine(base, line(system, "REFUSAL_RATE"));
    long ratesJson = createLine(base, line(system, "REFUSAL_RATE"));
    JsonPath rates = csv(ratesCsv, "period;successes;trials;reference\n2025-12;12;200;1\n2026-01;10;190;1\n"
        + "2026-02;40;210;0\n").statusCode(201)
        .body("input.referencePeriods", equalTo(2))
        .body("severity", equalTo("SIGNIFICANT"))
        .extract().jsonPath();
    var body = period(Map.of("periods", List.of(Map.of("period", "2025-12", "events", 12, "total", 200),
        Map.of("period", "2026-01", "events", 10, "total", 190), Map.of("period", "2026-02", "events", 40,
            "total", 210)), "referencePeriods", 2));
    JsonPath fromJson = json(ratesJson, body);
    assertEquals(fromJson.getMap("result"), rates.getMap("result"));
    assertEquals(fromJson.getDouble("primaryValue"), rates.getDouble("primaryValue"));
  }

  @Test
  void refusalsNameTheCsvLineAndColumnInFrenchAndStoreNothing() {
    long id = createLine(base, line(system(base), "INPUT_DISTRIBUTION"));
    String checks = "api/monitoring-lines/" + id + "/checks";
    csv(id, "lower;upper;reference;current\n0;1;10;10\n1;2;20;abc\n2;3;30;30\n").statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:validation-error"))
        .body("violations[0].field", equalTo("csv.line[3].current"));
    // refused by the computation: the JSON path current.counts[1] is reported as its cell
    csv(id, "lower;upper;reference;current\n\n0;1;10;10\n1;2;20;2,5\n2;3;30;30\n").statusCode(400)
        .body("violations[0].field", equalTo("csv.line[4].current"))
        .body("violations[0].message", containsString("NON_INTEGER_COUNT"));
    csv(id, "lower;upper;reference;current\n0;1;10;10\n1,5;2;20;20\n").statusCode(400)
        .body("violations[0].field", equalTo("csv.line[3].lower"));
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").contentType("text/csv")
        .queryParam("periodStart", "2026-02-01").queryParam("periodEnd", "2026-02-28")
        .body("lower;upper;ref;current\n0;1;10;10\n").post(checks + "/csv").then().statusCode(400)
        .body("violations[0].field", equalTo("csv.header"))
        .body("violations[0].message", containsString("colonnes manquantes : [reference]"));
    csv(id, "lower;upper;reference;current\n0;1;10\n").statusCode(400)
        .body("violations[0].field", equalTo("csv.line[2]"));
    csv(id, "lower;upper;reference;current\n").statusCode(400).body("violations[0].field", equalTo("csv"));
    csv(id, "2026-02-31", "2026-02-28", "lower;upper;reference;current\n0;1;1;1\n".getBytes(StandardCharsets.UTF_8))
        .statusCode(400).body("violations.field", hasItem("periodStart"));
    csv(id, "lower;upper;reference;current\n0;1;1;1\n", "mu0", "1e").statusCode(400)
        .body("violations.field", hasItem("mu0"));

    byte[] binary = {'l', 'o', 'w', 0, 'e', 'r'};
    csv(id, "2026-02-01", "2026-02-28", binary).statusCode(415)
        .contentType("application/problem+json").body("type", equalTo("urn:vigie:problem:unsupported-media-type"));
    byte[] latin1 = "category;reference;current\nSévère;1;2\n".getBytes(StandardCharsets.ISO_8859_1);
    csv(id, "2026-02-01", "2026-02-28", latin1).statusCode(415)
        .body("type", equalTo("urn:vigie:problem:unsupported-media-type"));
    byte[] large = new byte[1024 * 1024 + 10];
    java.util.Arrays.fill(large, (byte) '1');
    csv(id, "2026-02-01", "2026-02-28", large).statusCode(413)
        .body("type", equalTo("urn:vigie:problem:payload-too-large"));
    Api.as(base, Api.QUALITY).contentType("application/pdf").queryParam("periodStart", "2026-02-01")
        .queryParam("periodEnd", "2026-02-28").body(new byte[] {1, 2}).post(checks + "/csv").then().statusCode(415)
        .contentType("application/problem+json");
    Api.as(base, Api.VIEWER).contentType("text/csv").queryParam("periodStart", "2026-02-01")
        .queryParam("periodEnd", "2026-02-28").body("lower;upper;reference;current\n0;1;1;1\n")
        .post(checks + "/csv").then().statusCode(403);
    // the line's id in Arabic-Indic digits is not its address (Long.valueOf would read it)
    StringBuilder arabic = new StringBuilder();
    Long.toString(id).chars().forEach(c -> arabic.append((char) ('\u0660' + c - '0')));
    Api.as(base, Api.QUALITY).contentType("text/csv").queryParam("periodStart", "2026-02-01")
        .queryParam("periodEnd", "2026-02-28").body("lower;upper;reference;current\n0;1;1;1\n")
        .post("api/monitoring-lines/" + arabic + "/checks/csv").then().statusCode(404)
        .contentType("application/problem+json");
    Api.as(base, Api.VIEWER).get(checks).then().statusCode(200).body("total", equalTo(0));
  }

  @Test
  void aProportionFileNeedsOneReferenceAndOneCheckedLine() {
    long id = createLine(base, line(system(base), "PPV"));
    csv(id, "period;successes;trials;reference\n2025;180;200;1\n2026;150;190;1\n").statusCode(400)
        .body("violations.field", hasItem("csv.line[3].reference"));
    csv(id, "period;successes;trials;reference\n2025;180;200;peut-être\n2026;150;190;0\n").statusCode(400)
        .body("violations.field", hasItem("csv.line[2].reference"));
    long rates = createLine(base, line(system(base), "REFUSAL_RATE"));
    csv(rates, "period;successes;trials;reference\n2025-12;12;200;0\n2026-01;10;190;1\n").statusCode(400)
        .body("violations[0].field", equalTo("csv.line[3].reference"));
  }
}
