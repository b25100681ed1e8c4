package fr.vigie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.vigie.Api;
import fr.vigie.aisystems.AiSystemsIT;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts of monitoring lines over HTTP: a breach opens one, later breaches of the line update it (also when
 * posted at once from many clients), people acknowledge and resolve it; the monitoring status of the register
 * and the "what needs doing" list follow.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringAlertsIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  static final List<Integer> REFERENCE = List.of(100, 100, 100);
  /** PSI 0.183 against the reference (ln): moderate (0.10 to 0.25). */
  static final List<Integer> MODERATE = List.of(50, 100, 150);
  /** PSI 1.06: significant. */
  static final List<Integer> SIGNIFICANT = List.of(10, 40, 250);

  @ArquillianResource URL base;

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static long system(URL base, String name) {
    return Api.as(base, Api.QUALITY).body(AiSystemsIT.validSystem(name)).post("api/ai-systems").then()
        .statusCode(201).extract().jsonPath().getLong("id");
  }

  static long line(URL base, long system, String owner, String startsOn) {
    var line = MonitoringIT.line(system, "INPUT_DISTRIBUTION");
    line.put("owner", owner);
    if (startsOn != null) {
      line.put("startsOn", startsOn);
    }
    return MonitoringIT.createLine(base, line);
  }

  /** A check of a period ending today (so the line's next check is due a month from now) starting {@code day}. */
  static Map<String, Object> check(int daysBack, List<Integer> current) {
    return MonitoringIT.histogramCheck(TODAY.minusDays(daysBack).toString(), TODAY.toString(), REFERENCE, current);
  }

  static JsonPath post(URL base, long line, Map<String, Object> check) {
    return Api.as(base, Api.QUALITY).body(check).post("api/monitoring-lines/" + line + "/checks").then()
        .statusCode(201).extract().jsonPath();
  }

  private JsonPath alert(long id) {
    return Api.as(base, Api.VIEWER).get("api/monitoring-alerts/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void aBreachOpensAnAlertAndLaterBreachesOfTheLineUpdateItRaisingButNeverLoweringItsSeverity() {
    String name = unique("Alerte");
    long system = system(base, name);
    long line = line(base, system, "Cellule qualité", null);
    JsonPath first = post(base, line, check(30, MODERATE));
    long alertId = first.getLong("alertId");
    Api.as(base, Api.VIEWER).get("api/monitoring-alerts/" + alertId).then().statusCode(200)
        .header("ETag", "\"0\"")
        .body("status", equalTo("OPEN"))
        .body("severity", equalTo("MODERATE"))
        .body("breachCount", equalTo(1))
        .body("firstCheckId", equalTo(first.getInt("id")))
        .body("lastCheckId", equalTo(first.getInt("id")))
        .body("aiSystemId", equalTo((int) system))
        .body("aiSystemName", equalTo(name))
        .body("lineId", equalTo((int) line))
        .body("lineName", equalTo("Ligne INPUT_DISTRIBUTION"))
        .body("lineOwner", equalTo("Cellule qualité"))
        .body("openedAt", notNullValue())
        .body("acknowledgedBy", nullValue());

    JsonPath second = post(base, line, check(29, SIGNIFICANT));
    assertThat(second.getLong("alertId")).isEqualTo(alertId);
    JsonPath third = post(base, line, check(28, MODERATE));
    assertThat(third.getLong("alertId")).isEqualTo(alertId);
    JsonPath calm = post(base, line, check(27, REFERENCE));
    assertThat(calm.getString("severity")).isEqualTo("NONE");
    assertThat((Object) calm.get("alertId")).as("a check without breach touches no alert").isNull();

    JsonPath updated = alert(alertId);
    assertThat(updated.getInt("breachCount")).isEqualTo(3);
    assertThat(updated.getString("severity")).as("raised by the significant breach, kept").isEqualTo("SIGNIFICANT");
    assertThat(updated.getString("status")).as("only people resolve an alert").isEqualTo("OPEN");
    assertThat(updated.getLong("lastCheckId")).isEqualTo(third.getLong("id"));
    assertThat(updated.getLong("version")).isEqualTo(2);
    Api.as(base, Api.VIEWER).queryParam("lineId", line).get("api/monitoring-alerts").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].id", equalTo((int) alertId));
    Api.as(base, Api.VIEWER).queryParam("sort", "occurredAt").get("api/monitoring-alerts/" + alertId + "/history")
        .then().statusCode(200)
        .body("total", equalTo(3))
        .body("items.action", equalTo(List.of("CREATED", "UPDATED", "UPDATED")));
  }

  @Test
  void peopleAcknowledgeThenResolveWithTheActionTakenAndTheNextBreachOpensANewAlert() {
    long line = line(base, system(base, unique("Prise en charge")), "Cellule qualité", null);
    long alertId = post(base, line, check(30, SIGNIFICANT)).getLong("alertId");
    String alert = "api/monitoring-alerts/" + alertId;
    Map<String, Object> ack = new HashMap<>();
    ack.put("comment", "Analyse lancée avec l’éditeur");

    Api.as(base, Api.QUALITY).body(ack).post(alert + "/acknowledge").then().statusCode(428)
        .contentType("application/problem+json");
    Api.as(base, Api.QUALITY).header("If-Match", "\"5\"").body(ack).post(alert + "/acknowledge").then()
        .statusCode(412).body("type", equalTo("urn:vigie:problem:stale-version"));
    Api.as(base, Api.VIEWER).header("If-Match", "\"0\"").body(ack).post(alert + "/acknowledge").then()
        .statusCode(403);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(ack).post(alert + "/acknowledge").then()
        .statusCode(200).header("ETag", "\"1\"")
        .body("status", equalTo("ACKNOWLEDGED"))
        .body("acknowledgedBy", equalTo(Api.QUALITY))
        .body("acknowledgedAt", notNullValue())
        .body("acknowledgeComment", equalTo("Analyse lancée avec l’éditeur"));
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(ack).post(alert + "/acknowledge").then()
        .statusCode(409).contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:illegal-transition"));

    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(Map.of("actionTaken", "  "))
        .post(alert + "/resolve").then().statusCode(400)
        .body("violations.field", hasItem("actionTaken"));
    Api.as(base, Api.ADMIN).header("If-Match", "\"1\"")
        .body(Map.of("actionTaken", "Modèle recalibré par l’éditeur", "comment", "Contrôle du mois suivant"))
        .post(alert + "/resolve").then().statusCode(200).header("ETag", "\"2\"")
        .body("status", equalTo("RESOLVED"))
        .body("resolvedBy", equalTo(Api.ADMIN))
        .body("resolvedAt", notNullValue())
        .body("actionTaken", equalTo("Modèle recalibré par l’éditeur"))
        .body("resolveComment", equalTo("Contrôle du mois suivant"))
        .body("acknowledgedBy", equalTo(Api.QUALITY));
    Api.as(base, Api.QUALITY).header("If-Match", "\"2\"").body(Map.of("actionTaken", "Encore"))
        .post(alert + "/resolve").then().statusCode(409)
        .body("type", equalTo("urn:vigie:problem:illegal-transition"));
    Api.as(base, Api.VIEWER).get(alert + "/history").then().statusCode(200)
        .body("total", equalTo(3))
        .body("items[0].changes.field", hasItem("actionTaken"));

    long next = post(base, line, check(29, MODERATE)).getLong("alertId");
    assertThat(next).as("a resolved alert stays closed").isNotEqualTo(alertId);
    assertThat(alert(next).getInt("breachCount")).isEqualTo(1);
    assertThat(alert(alertId).getInt("breachCount")).isEqualTo(1);
    Api.as(base, Api.VIEWER).queryParam("lineId", line).queryParam("status", "UNRESOLVED")
        .get("api/monitoring-alerts").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].id", equalTo((int) next));
    Api.as(base, Api.VIEWER).queryParam("lineId", line).queryParam("status", "RESOLVED")
        .get("api/monitoring-alerts").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].id", equalTo((int) alertId));
    Api.as(base, Api.VIEWER).queryParam("status", "CLOSED").get("api/monitoring-alerts").then().statusCode(400);
    Api.as(base, Api.VIEWER).get("api/monitoring-alerts/999999999").then().statusCode(404);
  }

  @Test
  void aBulkPostingCountsEachBreachOnceAndItsRetryTouchesNoAlert() {
    long system = system(base, unique("Lot"));
    long line = line(base, system, "Cellule qualité", null);
    List<Map<String, Object>> checks = new ArrayList<>();
    for (var current : List.of(MODERATE, REFERENCE, SIGNIFICANT)) {
      var c = check(30 - checks.size(), current);
      c.put("lineId", line);
      checks.add(c);
    }
    var posting = Map.of("checks", checks);
    JsonPath first = Api.as(base, Api.QUALITY).body(posting).post("api/monitoring-lines/bulk-checks").then()
        .statusCode(200).extract().jsonPath();
    long alertId = first.getLong("items[0].check.alertId");
    assertThat(first.getLong("items[2].check.alertId")).isEqualTo(alertId);
    assertThat((Object) first.get("items[1].check.alertId")).isNull();

    Api.as(base, Api.QUALITY).body(posting).post("api/monitoring-lines/bulk-checks").then().statusCode(200)
        .body("items.outcome", equalTo(List.of("EXISTING", "EXISTING", "EXISTING")))
        .body("items[2].check.alertId", equalTo((int) alertId));
    JsonPath after = alert(alertId);
    assertThat(after.getInt("breachCount")).isEqualTo(2);
    assertThat(after.getString("severity")).isEqualTo("SIGNIFICANT");
    assertThat(after.getLong("version")).as("the retry changed nothing").isEqualTo(1);

    // deleting the system takes its lines, checks and alerts with it; the alert's history stays for the auditors
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/ai-systems/" + system).then().statusCode(204);
    Api.as(base, Api.VIEWER).get("api/monitoring-alerts/" + alertId).then().statusCode(404);
    Api.as(base, Api.QUALITY).get("api/monitoring-alerts/" + alertId + "/history").then().statusCode(200)
        .body("total", equalTo(2));
    Api.as(base, Api.VIEWER).get("api/monitoring-alerts/" + alertId + "/history").then().statusCode(404);
  }

  @Test
  void eightBreachesPostedAtOnceOnOneLineMakeOneAlertCountingEight() throws Exception {
    long line = line(base, system(base, unique("Concurrence")), "Cellule qualité", null);
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<JsonPath>> posted = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        var check = check(30 - i, i % 2 == 0 ? MODERATE : SIGNIFICANT);
        posted.add(pool.submit(() -> {
          start.await();
          return post(base, line, check);
        }));
      }
      start.countDown();
      var alertIds = new HashSet<Long>();
      for (var f : posted) {
        alertIds.add(f.get().getLong("alertId"));
      }
      assertThat(alertIds).hasSize(1);
      JsonPath unresolved = Api.as(base, Api.VIEWER).queryParam("lineId", line).queryParam("status", "UNRESOLVED")
          .get("api/monitoring-alerts").then().statusCode(200).extract().jsonPath();
      assertThat(unresolved.getInt("total")).isEqualTo(1);
      assertThat(unresolved.getLong("items[0].id")).isEqualTo(alertIds.iterator().next());
      assertThat(unresolved.getInt("items[0].breachCount")).isEqualTo(clients);
      assertThat(unresolved.getString("items[0].severity")).isEqualTo("SIGNIFICANT");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theRegisterShowsAndFiltersEachSystemsMonitoringStatusWithItsReasons() {
    String word = "sv" + UUID.randomUUID().toString().substring(0, 6);
    long none = system(base, "Aucun plan " + word);
    long green = system(base, "Vert " + word);
    line(base, green, "Cellule qualité", null);
    long late = system(base, "Retard " + word);
    line(base, late, "Cellule qualité", "2020-01-01");
    long moderate = system(base, "Modérée " + word);
    post(base, line(base, moderate, "Cellule qualité", null), check(30, MODERATE));
    long red = system(base, "Rouge " + word);
    long redLine = line(base, red, "Cellule qualité", null);
    long redAlert = post(base, redLine, check(30, SIGNIFICANT)).getLong("alertId");
    line(base, red, "Cellule qualité", "2020-01-01");

    Map<Long, String> levels = new HashMap<>();
    Map<Long, List<String>> reasons = new HashMap<>();
    JsonPath list = Api.as(base, Api.VIEWER).queryParam("q", word).queryParam("size", 50).get("api/ai-systems")
        .then().statusCode(200).extract().jsonPath();
    for (int i = 0; i < list.getInt("total"); i++) {
      levels.put(list.getLong("items[" + i + "].id"), list.getString("items[" + i + "].monitoringStatus.level"));
      reasons.put(list.getLong("items[" + i + "].id"), list.getList("items[" + i + "].monitoringStatus.reasons"));
    }
    assertThat(levels).containsExactlyInAnyOrderEntriesOf(
        Map.of(none, "NONE", green, "GREEN", late, "ORANGE", moderate, "ORANGE", red, "RED"));
    assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(none, List.of(), green, List.of(),
        late, List.of("OVERDUE_LINE"), moderate, List.of("OPEN_MODERATE_ALERT"),
        red, List.of("OPEN_SIGNIFICANT_ALERT", "OVERDUE_LINE")));
    assertThat(filtered(word, "ORANGE")).containsExactlyInAnyOrder(late, moderate);
    assertThat(filtered(word, "RED")).containsExactly(red);
    assertThat(filtered(word, "NONE")).containsExactly(none);
    Api.as(base, Api.VIEWER).queryParam("monitoringStatus", "BLUE").get("api/ai-systems").then().statusCode(400);

    Api.as(base, Api.VIEWER).get("api/ai-systems/" + red).then().statusCode(200)
        .body("monitoringStatus.level", equalTo("RED"))
        .body("monitoringStatus.reasons", equalTo(List.of("OPEN_SIGNIFICANT_ALERT", "OVERDUE_LINE")));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("actionTaken", "Seuil revu"))
        .post("api/monitoring-alerts/" + redAlert + "/resolve").then().statusCode(200);
    assertThat(filtered(word, "ORANGE")).as("resolved, the overdue line remains")
        .containsExactlyInAnyOrder(late, moderate, red);
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + red).then().statusCode(200)
        .body("monitoringStatus.level", equalTo("ORANGE"))
        .body("monitoringStatus.reasons", equalTo(List.of("OVERDUE_LINE")));
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + green).then().statusCode(200)
        .body("monitoringStatus.level", equalTo("GREEN"));
  }

  private List<Long> filtered(String word, String level) {
    return Api.as(base, Api.VIEWER).queryParam("q", word).queryParam("monitoringStatus", level)
        .get("api/ai-systems").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
  }

  @Test
  void whatNeedsDoingListsPerOwnerTheOverdueLinesAndTheUnresolvedAlerts() {
    String owner = unique("Dr Lefèvre");
    String name = unique("À faire");
    long system = system(base, name);
    long late = line(base, system, owner, "2020-01-01");
    long watched = line(base, system, owner, null);
    long alertId = post(base, watched, check(30, MODERATE)).getLong("alertId");
    long other = line(base, system, unique("Autre service"), "2020-01-01");

    JsonPath todo = Api.as(base, Api.VIEWER).queryParam("owner", owner).get("api/monitoring/todo").then()
        .statusCode(200).extract().jsonPath();
    assertThat(todo.getList("owners.owner")).containsExactly(owner);
    assertThat(todo.getList("owners[0].overdueLines.lineId", Long.class)).containsExactly(late);
    assertThat(todo.getString("owners[0].overdueLines[0].nextDueOn")).isEqualTo("2020-02-01");
    assertThat(todo.getLong("owners[0].overdueLines[0].daysLate"))
        .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2020, 2, 1), TODAY));
    assertThat(todo.getString("owners[0].overdueLines[0].aiSystemName")).isEqualTo(name);
    assertThat(todo.getList("owners[0].unresolvedAlerts.id", Long.class)).containsExactly(alertId);

    List<String> everyone = Api.as(base, Api.VIEWER).get("api/monitoring/todo").then().statusCode(200)
        .extract().jsonPath().getList("owners.owner");
    assertThat(everyone).contains(owner);
    assertThat(everyone).as("one entry per owner").doesNotHaveDuplicates();
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("actionTaken", "Revu"))
        .post("api/monitoring-alerts/" + alertId + "/resolve").then().statusCode(200);
    Api.as(base, Api.VIEWER).queryParam("owner", owner).get("api/monitoring/todo").then().statusCode(200)
        .body("owners[0].unresolvedAlerts.size()", equalTo(0))
        .body("owners[0].overdueLines.size()", equalTo(1));
    assertThat(other).isPositive();
  }
}
