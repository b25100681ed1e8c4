package fr.vigie.aisystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.vigie.Api;
import fr.vigie.monitoring.MonitoringIT;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home page's figures ({@code GET /api/ai-systems/overview}): each equals a count made here
 * from the records themselves, and the total of the list its query opens; the new list filters and
 * the multi-word search find exactly what they say. Runs on H2 and, in CI, on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
public class RegisterOverviewIT {

  static final ZoneId HOSPITAL_ZONE = ZoneId.of("Europe/Paris");
  static final String DB_URL = System.getenv("DB_URL");

  @ArquillianResource URL base;

  private long create(Map<String, Object> body) {
    return Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  private static Map<String, Object> system(String name, String status, LocalDate review) {
    var s = AiSystemsIT.validSystem(name);
    s.put("status", status);
    if (review != null) {
      s.put("nextReviewDate", review.toString());
    }
    return s;
  }

  private JsonPath overview(String user) {
    return Api.as(base, user).get("api/ai-systems/overview").then().statusCode(200).extract().jsonPath();
  }

  private List<Long> ids(String query) {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      var json = Api.as(base, Api.VIEWER).get("api/ai-systems?" + query + (query.isEmpty() ? "" : "&") + "size=200&page=" + page)
          .then().statusCode(200).extract().jsonPath();
      ids.addAll(json.getList("items.id", Long.class));
      if (ids.size() >= json.getLong("total")) {
        return ids;
      }
    }
  }

  private long total(String query) {
    return Api.as(base, Api.VIEWER).get("api/ai-systems?" + query + (query.isEmpty() ? "" : "&") + "size=1")
        .then().statusCode(200).extract().jsonPath().getLong("total");
  }

  /** The figures the home page shows, counted here from every record's detail with the written rules. */
  private Map<String, Long> countedFromTheRecords() {
    LocalDate today = LocalDate.now(HOSPITAL_ZONE);
    Map<String, Long> counted = new HashMap<>();
    for (long id : ids("")) {
      var s = Api.as(base, Api.VIEWER).get("api/ai-systems/" + id).then().statusCode(200).extract().jsonPath();
      String status = s.getString("status");
      String review = s.getString("nextReviewDate");
      LocalDate next = review == null ? null : LocalDate.parse(review);
      boolean inUse = !status.equals("RETIRED");
      counted.merge("all", 1L, Long::sum);
      counted.merge("status:" + status, 1L, Long::sum);
      counted.merge("route:" + s.getString("aiActRoute"), 1L, Long::sum);
      counted.merge("monitoring:" + s.getString("monitoringStatus.level"), 1L, Long::sum);
      if (next != null && next.isBefore(today) && inUse) {
        counted.merge("reviewOverdue", 1L, Long::sum);
      }
      if (next != null && !next.isBefore(today) && !next.isAfter(today.plusDays(30)) && inUse) {
        counted.merge("reviewDueSoon", 1L, Long::sum);
      }
      if (s.getBoolean("personalData") && Set.of("REQUIRED_NOT_STARTED", "IN_PROGRESS").contains(s.getString("dpiaStatus"))
          && Set.of("PILOT", "PRODUCTION").contains(status)) {
        counted.merge("dpiaMissing", 1L, Long::sum);
      }
      String owner = s.getString("accountableOwner");
      if (owner == null || owner.isBlank()) {
        counted.merge("ownerMissing", 1L, Long::sum);
      }
    }
    return counted;
  }

  /** The overview's figures under the same keys, each checked against the list its query opens. */
  private Map<String, Long> figuresMatchingTheirLists(JsonPath overview) {
    Map<String, Long> figures = new HashMap<>();
    Map<String, String> queries = new HashMap<>();
    queries.put("all", overview.getString("all.query"));
    figures.put("all", overview.getLong("all.count"));
    for (Map<String, Object> f : overview.<Map<String, Object>>getList("byStatus")) {
      figures.put("status:" + f.get("status"), ((Number) f.get("count")).longValue());
      queries.put("status:" + f.get("status"), (String) f.get("query"));
    }
    for (Map<String, Object> f : overview.<Map<String, Object>>getList("byAiActRoute")) {
      figures.put("route:" + f.get("aiActRoute"), ((Number) f.get("count")).longValue());
      queries.put("route:" + f.get("aiActRoute"), (String) f.get("query"));
    }
    for (Map<String, Object> f : overview.<Map<String, Object>>getList("byMonitoringStatus")) {
      figures.put("monitoring:" + f.get("level"), ((Number) f.get("count")).longValue());
      queries.put("monitoring:" + f.get("level"), (String) f.get("query"));
    }
    for (String key : List.of("reviewOverdue", "reviewDueSoon", "dpiaMissing", "ownerMissing")) {
      figures.put(key, overview.getLong(key + ".count"));
      queries.put(key, overview.getString(key + ".query"));
    }
    assertThat(overview.getList("byStatus")).hasSize(6);
    assertThat(overview.getList("byAiActRoute")).hasSize(6);
    assertThat(overview.getList("byMonitoringStatus")).hasSize(4);
    assertThat(queries).containsEntry("all", "").containsEntry("status:PILOT", "status=PILOT")
        .containsEntry("route:MINIMAL", "aiActRoute=MINIMAL").containsEntry("reviewOverdue", "reviewOverdue=true")
        .containsEntry("reviewDueSoon", "reviewDueSoon=true").containsEntry("dpiaMissing", "dpiaMissing=true")
        .containsEntry("ownerMissing", "ownerMissing=true").containsEntry("monitoring:RED", "monitoringStatus=RED");
    queries.forEach((key, query) -> assertThat(total(query)).as("total of the list behind %s (%s)", key, query)
        .isEqualTo(figures.get(key)));
    return figures;
  }

  private static Map<String, Long> withoutZeros(Map<String, Long> figures) {
    return figures.entrySet().stream().filter(e -> e.getValue() != 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Test
  void everyFigureEqualsAnIndependentCountAndTheTotalOfItsList() {
    LocalDate today = LocalDate.now(HOSPITAL_ZONE);
    String tag = "apercu-" + UUID.randomUUID().toString().substring(0, 8);
    // one record per case of each rule, on both sides of each boundary
    create(system("En retard " + tag, "PRODUCTION", today.minusDays(1)));
    create(system("Aujourd'hui " + tag, "PILOT", today));
    create(system("J+30 " + tag, "IDEA", today.plusDays(30)));
    create(system("J+31 " + tag, "PRODUCTION", today.plusDays(31)));
    create(system("Retiré en retard " + tag, "RETIRED", today.minusDays(40)));
    var done = system("AIPD faite " + tag, "PRODUCTION", null);
    done.put("dpiaStatus", "COMPLETED");
    done.put("dpiaReference", "AIPD-2026-01");
    create(done);
    var notStarted = system("AIPD à faire " + tag, "PRODUCTION", null);
    notStarted.put("dpiaStatus", "REQUIRED_NOT_STARTED");
    create(notStarted);
    var noPersonalData = system("Sans données " + tag, "PRODUCTION", null);
    noPersonalData.put("personalData", false);
    noPersonalData.put("healthData", false);
    noPersonalData.put("dpiaStatus", "REQUIRED_NOT_STARTED");
    create(noPersonalData);
    var notRequired = system("AIPD non requise " + tag, "PILOT", null);
    notRequired.put("dpiaStatus", "NOT_REQUIRED");
    create(notRequired);
    var idea = system("Idée " + tag, "IDEA", null); // DPIA in progress, but no processing yet
    create(idea);
    var highRisk = system("Haut risque " + tag, "DESIGN", null);
    highRisk.put("aiActRoute", "HIGH_RISK_ANNEX_III");
    highRisk.put("annexIiiPoint", "5(d)");
    create(highRisk);
    // a drifting system: its significant breach opens an alert and turns it red
    long drifting = create(system("Dérive " + tag, "IDEA", null));
    long line = MonitoringIT.createLine(base, MonitoringIT.line(drifting, "INPUT_DISTRIBUTION"));
    Api.as(base, Api.QUALITY).body(MonitoringIT.histogramCheck(today.minusDays(30).toString(), today.toString(),
        List.of(100, 100, 100), List.of(20, 60, 220))).post("api/monitoring-lines/" + line + "/checks")
        .then().statusCode(201).body("severity", org.hamcrest.Matchers.equalTo("SIGNIFICANT"));

    // the rules on known records
    assertThat(names("q=" + tag + "&reviewOverdue=true")).containsExactly("En retard " + tag);
    assertThat(names("q=" + tag + "&reviewDueSoon=true")).containsExactlyInAnyOrder("Aujourd'hui " + tag, "J+30 " + tag);
    assertThat(names("q=" + tag + "&dpiaMissing=true"))
        .containsExactlyInAnyOrder("En retard " + tag, "Aujourd'hui " + tag, "J+31 " + tag, "AIPD à faire " + tag);
    assertThat(names("q=" + tag + "&dpiaMissing=false"))
        .containsExactlyInAnyOrder("J+30 " + tag, "Retiré en retard " + tag, "AIPD faite " + tag, "Sans données " + tag,
            "AIPD non requise " + tag, "Idée " + tag, "Haut risque " + tag, "Dérive " + tag);
    assertThat(total("q=" + tag + "&ownerMissing=true")).isZero();
    assertThat(total("q=" + tag + "&ownerMissing=false")).isEqualTo(12);
    assertThat(names("q=" + tag + "&monitoringStatus=RED")).containsExactly("Dérive " + tag);

    // the whole register: figures = independent counts = list totals
    var figures = figuresMatchingTheirLists(overview(Api.QUALITY));
    assertThat(withoutZeros(figures)).isEqualTo(countedFromTheRecords());
    assertThat(figures.get("route:HIGH_RISK_ANNEX_III")).isPositive();
    assertThat(figures.get("monitoring:RED")).isPositive();

    // every role that reads the register reads its overview; nobody else does
    overview(Api.VIEWER);
    overview(Api.EXECUTIVE);
    Api.anonymous(base).get("api/ai-systems/overview").then().statusCode(401);
  }

  private List<String> names(String query) {
    return Api.as(base, Api.VIEWER).get("api/ai-systems?" + query + "&size=200").then().statusCode(200)
        .extract().jsonPath().getList("items.name", String.class);
  }

  @Test
  void recentChangesNameTheSystemTheActionTheAuthorAndTheDate() {
    String tag = "recent-" + UUID.randomUUID().toString().substring(0, 8);
    var body = system("Récent " + tag, "PILOT", null);
    long id = create(body);
    body.put("status", "PRODUCTION");
    body.put("nextReviewDate", LocalDate.now(HOSPITAL_ZONE).plusMonths(6).toString());
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id).then().statusCode(200);

    var latest = overview(Api.VIEWER);
    assertThat(latest.getList("recentChanges")).hasSize(5);
    assertThat(latest.getLong("recentChanges[0].aiSystemId")).isEqualTo(id);
    assertThat(latest.getString("recentChanges[0].name")).isEqualTo("Récent " + tag);
    assertThat(latest.getString("recentChanges[0].action")).isEqualTo("UPDATED");
    assertThat(latest.getString("recentChanges[0].actor")).isEqualTo(Api.QUALITY);
    assertThat(latest.getString("recentChanges[0].occurredAt")).isNotBlank();
    assertThat(latest.getBoolean("recentChanges[0].deleted")).isFalse();
    assertThat(latest.getList("recentChanges[0].fields", String.class)).contains("status", "nextReviewDate");
    assertThat(latest.getString("recentChanges[1].action")).isEqualTo("CREATED");
    assertThat(latest.getLong("recentChanges[1].aiSystemId")).isEqualTo(id);

    // a deletion: the quality team sees it, with the last recorded name; a reader sees none of its changes
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").delete("api/ai-systems/" + id).then().statusCode(204);
    var quality = overview(Api.QUALITY);
    assertThat(quality.getString("recentChanges[0].action")).isEqualTo("DELETED");
    assertThat(quality.getString("recentChanges[0].name")).isEqualTo("Récent " + tag);
    assertThat(quality.getBoolean("recentChanges[0].deleted")).isTrue();
    assertThat(quality.getBoolean("recentChanges[1].deleted")).isTrue();
    var reader = overview(Api.VIEWER);
    assertThat(reader.getList("recentChanges.aiSystemId", Long.class)).doesNotContain(id);
    assertThat(reader.getList("recentChanges")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
  }

  private List<String> found(String q) {
    return Api.as(base, Api.VIEWER).queryParam("q", q).queryParam("size", 200).get("api/ai-systems").then().statusCode(200)
        .extract().jsonPath().getList("items.name", String.class);
  }

  @Test
  void theSearchFindsEveryWordInAnyOrderIgnoringCaseAndAccents() {
    String tag = "mots" + UUID.randomUUID().toString().substring(0, 8);
    create(system("IA en radiologie " + tag, "PILOT", null));
    create(system("Écho cardiaque " + tag, "PILOT", null));
    assertThat(found("radio ia " + tag)).containsExactly("IA en radiologie " + tag);
    assertThat(found(tag + "  RADIOLOGIE\ten")).containsExactly("IA en radiologie " + tag);
    assertThat(found("ECHO " + tag + " cardiaque")).containsExactly("Écho cardiaque " + tag);
    assertThat(found("écho " + tag)).containsExactly("Écho cardiaque " + tag);
    assertThat(found("radio cardiaque " + tag)).isEmpty();
    assertThat(found(tag)).hasSize(2);
  }

  /** The API requires an owner, so a blank one only comes from SQL: tried on PostgreSQL (CI). */
  @Test
  void aSystemWhoseOwnerWasBlankedBySqlIsCountedAndListedAsMissingAnOwner() throws Exception {
    if (DB_URL == null || !DB_URL.startsWith("jdbc:postgresql:")) {
      return; // the embedded H2 of the test server is not reachable from the test
    }
    String tag = "proprio-" + UUID.randomUUID().toString().substring(0, 8);
    long id = create(system("Sans responsable " + tag, "PILOT", null));
    long before = overview(Api.QUALITY).getLong("ownerMissing.count");
    try (var sql = DriverManager.getConnection(DB_URL, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        var update = sql.prepareStatement("UPDATE ai_system SET accountable_owner = '  ' WHERE id = ?")) {
      update.setLong(1, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    var after = overview(Api.QUALITY);
    assertThat(after.getLong("ownerMissing.count")).isEqualTo(before + 1);
    assertThat(names("q=" + tag + "&ownerMissing=true")).containsExactly("Sans responsable " + tag);
    assertThat(total("ownerMissing=true")).isEqualTo(before + 1);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/ai-systems/" + id).then().statusCode(204);
    Api.as(base, Api.QUALITY).get("api/ai-systems/overview").then().body("ownerMissing.count", equalTo((int) before));
  }
}
