package fr.vigie.biasreviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.vigie.Api;
import fr.vigie.aisystems.AiSystemsIT;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bias reviews over HTTP: validation naming the row, defaults, immutability, superseding (once, concurrently), roles. */
@ExtendWith(ArquillianExtension.class)
class BiasReviewsIT {

  private static final String REVIEWS = "api/bias-reviews";

  @ArquillianResource URL base;

  static long system(URL base) {
    return Api.as(base, Api.QUALITY).body(AiSystemsIT.validSystem("Revue de biais " + UUID.randomUUID()))
        .post("api/ai-systems").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  static Map<String, Object> group(String name, long tp, long fp, long tn, long fn) {
    return new HashMap<>(Map.of("name", name, "tp", tp, "fp", fp, "tn", tn, "fn", fn));
  }

  /** Sex: women 300/100/500/100 (n 1000), men 80/20/250/50 (n 400), not stated 2/1/3/1 (n 7, below 10). */
  static Map<String, Object> quantitative(long system) {
    Map<String, Object> attribute = new HashMap<>();
    attribute.put("name", "Sexe");
    attribute.put("groups", new ArrayList<>(List.of(group("Femmes", 300, 100, 500, 100),
        group("Hommes", 80, 20, 250, 50), group("Non renseigné", 2, 1, 3, 1))));
    Map<String, Object> review = new HashMap<>();
    review.put("aiSystemId", system);
    review.put("kind", "QUANTITATIVE");
    review.put("reviewedOn", "2026-03-15");
    review.put("reviewers", new ArrayList<>(List.of("Dr Martin", "Cellule qualité")));
    review.put("attributes", new ArrayList<>(List.of(attribute)));
    review.put("findings", "Sélection plus faible chez les hommes.");
    review.put("outcome", "ACCEPTABLE_WITH_MITIGATIONS");
    review.put("mitigations", "Revoir le seuil avec l’éditeur.");
    return review;
  }

  static Map<String, Object> qualitative(long system) {
    Map<String, Object> review = new HashMap<>();
    review.put("aiSystemId", system);
    review.put("kind", "QUALITATIVE");
    review.put("reviewedOn", "2026-02-01");
    review.put("reviewers", List.of("Comité d’éthique"));
    review.put("attributes", List.of(Map.of("name", "Langue du patient")));
    review.put("findings", "Réponses moins précises en anglais.");
    review.put("outcome", "ACCEPTABLE");
    return review;
  }

  static long create(URL base, Map<String, Object> review) {
    return Api.as(base, Api.QUALITY).body(review).post(REVIEWS).then().statusCode(201).extract().jsonPath()
        .getLong("id");
  }

  @Test
  void aQuantitativeReviewIsComputedWithTheDocumentedDefaultsAndKeptAsRecorded() {
    long system = system(base);
    var created = Api.as(base, Api.QUALITY).body(quantitative(system)).post(REVIEWS).then().statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", notNullValue())
        .body("kind", equalTo("QUANTITATIVE"))
        .body("nextReviewOn", equalTo("2027-03-15"))
        .body("minimumGroupSize", equalTo(10))
        .body("thresholds.aequitasTau", equalTo(0.8f))
        .body("thresholds.seismometerLimit", equalTo(0.25f))
        .body("thresholds.fourFifths", equalTo(0.8f))
        .body("thresholds.differenceModerate", equalTo(0.05f))
        .body("thresholds.differenceSignificant", equalTo(0.1f))
        .body("attributes[0].referenceGroup", equalTo("Femmes"))
        .body("attributes[0].referenceGroupGiven", equalTo(false))
        .body("attributes[0].groups[2].tp", equalTo(2))
        .body("attributes[0].report.insufficientDataGroups", equalTo(List.of("Non renseigné")))
        .body("attributes[0].report.groups[2].insufficientData", equalTo(true))
        .body("attributes[0].report.versusReference.'Non renseigné'.SELECTION_RATE.seismometerBand",
            equalTo("UNKNOWN"))
        .body("attributes[0].report.versusReference.'Non renseigné'.SELECTION_RATE.severity",
            equalTo("INSUFFICIENT_DATA"))
        .body("attributes[0].report.versusReference.Hommes.SELECTION_RATE.seismometerBand", equalTo("CRITICAL_LOW"))
        .body("attributes[0].report.versusReference.Hommes.SELECTION_RATE.ratioToReference.value", equalTo(0.625f))
        .body("attributes[0].report.summary.fourFifthsRulePass", equalTo(false))
        .body("attributes[0].report.versusReferenceConvention.metric", equalTo("fairness_versus_reference"))
        .body("current", equalTo(true))
        .body("supersededById", nullValue())
        .body("recordedBy", equalTo(Api.QUALITY))
        .extract();
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/api/bias-reviews/" + id);

    Api.as(base, Api.VIEWER).get(REVIEWS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
        .body("attributes[0].report.groups[1].rates.SELECTION_RATE.value", equalTo(0.25f))
        .body("mitigations", equalTo("Revoir le seuil avec l’éditeur."));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get(REVIEWS).then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
    Api.as(base, Api.VIEWER).get(REVIEWS + "/" + id + "/history").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].action", equalTo("CREATED"));

    var named = quantitative(system);
    attribute(named).put("referenceGroup", "Hommes");
    named.put("minimumGroupSize", 5);
    named.put("nextReviewOn", "2026-09-15");
    Api.as(base, Api.QUALITY).body(named).post(REVIEWS).then().statusCode(201)
        .body("attributes[0].referenceGroup", equalTo("Hommes"))
        .body("attributes[0].referenceGroupGiven", equalTo(true))
        .body("attributes[0].report.insufficientDataGroups", equalTo(List.of()))
        .body("nextReviewOn", equalTo("2026-09-15"));
  }

  @Test
  void aQualitativeReviewHasFindingsAndAnOutcomeButNoFigures() {
    long system = system(base);
    Api.as(base, Api.QUALITY).body(qualitative(system)).post(REVIEWS).then().statusCode(201)
        .body("kind", equalTo("QUALITATIVE"))
        .body("attributes[0].name", equalTo("Langue du patient"))
        .body("attributes[0].report", nullValue())
        .body("minimumGroupSize", nullValue())
        .body("thresholds", nullValue())
        .body("nextReviewOn", equalTo("2027-02-01"));
  }

  @Test
  void everyMistakeIsAFieldLevelRefusalNamingTheRowAndNothingIsStored() {
    long system = system(base);
    refuse(system, r -> groups(r).get(2).put("fp", -1), "attributes[0].groups[2].fp");
    refuse(system, r -> groups(r).get(0).put("tp", 2.5), "attributes[0].groups[0].tp");
    refuse(system, r -> groups(r).get(0).put("tp", "12"), "attributes[0].groups[0].tp");
    refuse(system, r -> groups(r).get(1).remove("tn"), "attributes[0].groups[1].tn");
    refuse(system, r -> groups(r).get(1).put("name", " "), "attributes[0].groups[1].name");
    refuse(system, r -> groups(r).get(1).put("tp", 1_000_000_000_001L), "attributes[0].groups[1].tp");
    refuse(system, r -> groups(r).set(1, group("Hommes", 0, 0, 0, 0)), "attributes[0].groups[1]");
    refuse(system, r -> groups(r).set(2, group("femmes ", 1, 1, 1, 1)), "attributes[0].groups[2].name");
    refuse(system, r -> attribute(r).put("referenceGroup", "Autres"), "attributes[0].referenceGroup");
    refuse(system, r -> attribute(r).put("groups", List.of()), "attributes[0].groups");
    refuse(system, r -> attribute(r).put("color", "bleu"), "attributes[0].color");
    refuse(system, r -> r.put("attributes", List.of()), "attributes");
    refuse(system, r -> r.put("attributes", List.of(attribute(r), attribute(r))), "attributes[1].name");
    refuse(system, r -> r.put("minimumGroupSize", -1), "minimumGroupSize");
    refuse(system, r -> r.put("thresholds", Map.of("aequitasTau", 1.5)), "thresholds.aequitasTau");
    refuse(system, r -> r.put("thresholds", Map.of("seismometerLimit", 0)), "thresholds.seismometerLimit");
    refuse(system, r -> r.put("thresholds", Map.of("differenceSignificant", 0.01)),
        "thresholds.differenceSignificant");
    refuse(system, r -> r.put("reviewers", List.of()), "reviewers");
    refuse(system, r -> r.put("reviewers", List.of("Dr Martin", "")), "reviewers[1]");
    refuse(system, r -> r.remove("findings"), "findings");
    refuse(system, r -> r.remove("outcome"), "outcome");
    refuse(system, r -> r.put("outcome", "PASSABLE"), "outcome");
    refuse(system, r -> r.put("kind", "MIXED"), "kind");
    refuse(system, r -> r.remove("mitigations"), "mitigations");
    refuse(system, r -> r.remove("reviewedOn"), "reviewedOn");
    refuse(system, r -> r.put("reviewedOn", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString()),
        "reviewedOn");
    refuse(system, r -> r.put("nextReviewOn", "2026-03-15"), "nextReviewOn");
    refuse(system, r -> r.put("supersedesId", 999_999_999L), "supersedesId");
    refuse(system, r -> r.put("aiSystemId", 999_999_999L), "aiSystemId");

    refuseQualitative(system, r -> r.put("attributes", List.of(Map.of("name", "Âge",
        "groups", List.of(group("18-40", 1, 1, 1, 1))))), "attributes[0].groups");
    refuseQualitative(system, r -> r.put("minimumGroupSize", 10), "minimumGroupSize");
    refuseQualitative(system, r -> r.put("thresholds", Map.of()), "thresholds");
    refuseQualitative(system, r -> r.put("attributes", List.of(Map.of("name", "Âge", "referenceGroup", "18-40"))),
        "attributes[0].referenceGroup");

    var two = quantitative(system);
    groups(two).get(0).put("fn", -3);
    two.remove("findings");
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").body(two).post(REVIEWS).then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:validation-error"))
        .body("violations.field", hasItems("attributes[0].groups[0].fn", "findings"))
        .body("violations.message", hasItem("champ obligatoire"));
    var empty = quantitative(system);
    groups(empty).set(1, group("Hommes", 0, 0, 0, 0));
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").body(empty).post(REVIEWS).then().statusCode(400)
        .body("violations[0].message", containsString("aucune observation"));

    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get(REVIEWS).then().statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void aRecordedReviewCannotBeChangedOrDeleted() throws Exception {
    long id = create(base, quantitative(system(base)));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(quantitative(system(base)))
        .put(REVIEWS + "/" + id).then().statusCode(405)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:method-not-allowed"))
        .header("Allow", containsString("GET"));
    Api.as(base, Api.ADMIN).header("If-Match", "\"0\"").delete(REVIEWS + "/" + id).then().statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", containsString("GET"));
    Api.as(base, Api.ADMIN).body(Map.of("findings", "autre")).patch(REVIEWS + "/" + id).then().statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", notNullValue());
    Api.as(base, Api.VIEWER).get(REVIEWS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
        .body("findings", equalTo("Sélection plus faible chez les hommes."));
  }

  @Test
  void aCorrectionSupersedesTheReviewOnceAndOnlyWithinItsSystem() {
    long system = system(base);
    long first = create(base, quantitative(system));
    var correction = quantitative(system);
    correction.put("supersedesId", first);
    groups(correction).get(1).put("tp", 90);
    long second = Api.as(base, Api.QUALITY).body(correction).post(REVIEWS).then().statusCode(201)
        .body("supersedesId", equalTo((int) first))
        .body("current", equalTo(true))
        .extract().jsonPath().getLong("id");

    Api.as(base, Api.VIEWER).get(REVIEWS + "/" + first).then().statusCode(200).header("ETag", "\"1\"")
        .body("supersededById", equalTo((int) second))
        .body("current", equalTo(false))
        .body("attributes[0].groups[1].tp", equalTo(80));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).queryParam("current", true).get(REVIEWS)
        .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) second));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).queryParam("current", false).get(REVIEWS)
        .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) first));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get(REVIEWS)
        .then().statusCode(200).body("total", equalTo(2));
    Api.as(base, Api.VIEWER).get(REVIEWS + "/" + first + "/history").then().statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].action", equalTo("UPDATED"))
        .body("items[0].changes[0].field", equalTo("supersededById"));

    Api.as(base, Api.QUALITY).body(correction).post(REVIEWS).then().statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:conflict"))
        .body("violations[0].field", equalTo("supersedesId"));
    var elsewhere = quantitative(system(base));
    elsewhere.put("supersedesId", second);
    Api.as(base, Api.QUALITY).body(elsewhere).post(REVIEWS).then().statusCode(400)
        .body("violations[0].field", equalTo("supersedesId"));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get(REVIEWS).then().body("total", equalTo(2));
  }

  @Test
  void ofConcurrentCorrectionsOfOneReviewExactlyOneIsRecorded() throws Exception {
    long system = system(base);
    long first = create(base, quantitative(system));
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < writers; i++) {
        var correction = quantitative(system);
        correction.put("supersedesId", first);
        correction.put("findings", "Correction " + i);
        Callable<Integer> post = () -> {
          start.await();
          return Api.as(base, Api.QUALITY).body(correction).post(REVIEWS).then().extract().statusCode();
        };
        answers.add(pool.submit(post));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get(REVIEWS).then()
        .body("total", equalTo(2));
    Api.as(base, Api.VIEWER).get(REVIEWS + "/" + first + "/history").then().body("total", equalTo(2));
    Api.as(base, Api.VIEWER).get(REVIEWS + "/" + first).then().header("ETag", "\"1\"")
        .body("supersededById", notNullValue());
  }

  @Test
  void onlyQualityAndAdminRecordAndEveryRoleReads() {
    long system = system(base);
    Api.as(base, Api.VIEWER).body(quantitative(system)).post(REVIEWS).then().statusCode(403)
        .contentType("application/problem+json");
    Api.as(base, Api.INNOVATION).body(quantitative(system)).post(REVIEWS).then().statusCode(403);
    Api.anonymous(base).body(quantitative(system)).post(REVIEWS).then().statusCode(401);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(quantitative(system)).post(REVIEWS).then()
        .statusCode(412);
    long id = Api.as(base, Api.ADMIN).body(quantitative(system)).post(REVIEWS).then().statusCode(201)
        .extract().jsonPath().getLong("id");
    Api.as(base, Api.EXECUTIVE).get(REVIEWS + "/" + id).then().statusCode(200);
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get(REVIEWS).then().statusCode(200)
        .body("total", equalTo(1));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", 999_999_999L).get(REVIEWS).then().statusCode(404);
    Api.as(base, Api.VIEWER).get(REVIEWS).then().statusCode(400).body("violations[0].field", equalTo("aiSystemId"));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).queryParam("current", "maybe").get(REVIEWS)
        .then().statusCode(400);
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).queryParam("sort", "findings").get(REVIEWS)
        .then().statusCode(400).body("violations[0].field", equalTo("sort"));
    Api.as(base, Api.VIEWER).get(REVIEWS + "/999999999").then().statusCode(404);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The reviews to do again: per system in use, its latest review in force, when due within the horizon or overdue,
   * soonest first, with the days left counted from today in Paris.
   */
  @Test
  void theReviewsDueListTheLatestReviewInForceOfEachSystemInUseSoonestFirst() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    long overdue = system(base);
    long soon = system(base);
    long renewed = system(base);
    var retiredSystem = AiSystemsIT.validSystem("Revue de biais retiré " + UUID.randomUUID());
    retiredSystem.put("status", "RETIRED");
    long retired = Api.as(base, Api.QUALITY).body(retiredSystem).post("api/ai-systems").then().statusCode(201)
        .extract().jsonPath().getLong("id");
    long overdueReview = create(base, dated(qualitative(overdue), today.minusDays(400), today.minusDays(3)));
    long soonReview = create(base, dated(qualitative(soon), today.minusDays(340), today.plusDays(20)));
    long superseded = create(base, dated(qualitative(soon), today.minusDays(700), today.minusDays(10)));
    // a correction of the old review of "soon": still older than its latest review, so not the one that counts
    var correction = dated(qualitative(soon), today.minusDays(700), today.minusDays(9));
    correction.put("supersedesId", superseded);
    create(base, correction);
    // "renewed": its old review was due, a newer review (not a correction) sets the next one in a year
    create(base, dated(qualitative(renewed), today.minusDays(380), today.minusDays(15)));
    create(base, dated(qualitative(renewed), today.minusDays(2), today.plusDays(363)));
    create(base, dated(qualitative(retired), today.minusDays(400), today.minusDays(30)));
    List<Long> ours = List.of(overdue, soon, renewed, retired);

    var page = Api.as(base, Api.VIEWER).queryParam("size", 200).get(REVIEWS + "/due").then().statusCode(200)
        .extract().jsonPath();
    List<Map<String, Object>> items = page.<Map<String, Object>>getList("items").stream()
        .filter(i -> ours.contains(((Number) i.get("aiSystemId")).longValue())).toList();
    assertThat(items).extracting(i -> ((Number) i.get("reviewId")).longValue()).containsExactly(overdueReview, soonReview);
    assertThat(items.get(0)).containsEntry("daysLeft", -3).containsEntry("overdue", true)
        .containsEntry("nextReviewOn", today.minusDays(3).toString());
    assertThat(items.get(1)).containsEntry("daysLeft", 20).containsEntry("overdue", false)
        .containsEntry("aiSystemName", Api.as(base, Api.QUALITY).get("api/ai-systems/" + soon).then().extract()
            .jsonPath().getString("name"));
    // a shorter horizon keeps only the overdue one; 0 means today and overdue
    var week = Api.as(base, Api.QUALITY).queryParam("withinDays", 7).queryParam("size", 200).get(REVIEWS + "/due")
        .then().statusCode(200).extract().jsonPath().<Number>getList("items.reviewId").stream().map(Number::longValue)
        .toList();
    assertThat(week).contains(overdueReview).doesNotContain(soonReview);
    Api.as(base, Api.QUALITY).queryParam("withinDays", 367).get(REVIEWS + "/due").then().statusCode(400)
        .contentType(containsString("application/problem+json")).body("violations.field", hasItem("withinDays"));
    Api.as(base, Api.QUALITY).queryParam("withinDays", "abc").get(REVIEWS + "/due").then().statusCode(400)
        .contentType(containsString("application/problem+json"));
    Api.as(base, Api.QUALITY).queryParam("sort", "name").get(REVIEWS + "/due").then().statusCode(400);
  }

  private static Map<String, Object> dated(Map<String, Object> review, java.time.LocalDate on, java.time.LocalDate next) {
    review.put("reviewedOn", on.toString());
    review.put("nextReviewOn", next.toString());
    return review;
  }

  private void refuse(long system, Consumer<Map<String, Object>> mistake, String field) {
    var review = quantitative(system);
    mistake.accept(review);
    post400(review, field);
  }

  private void refuseQualitative(long system, Consumer<Map<String, Object>> mistake, String field) {
    var review = qualitative(system);
    mistake.accept(review);
    post400(review, field);
  }

  private void post400(Map<String, Object> review, String field) {
    Api.as(base, Api.QUALITY).body(review).post(REVIEWS).then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:validation-error"))
        .body("violations.field", equalTo(List.of(field)));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> attribute(Map<String, Object> review) {
    return ((List<Map<String, Object>>) review.get("attributes")).get(0);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> groups(Map<String, Object> review) {
    return (List<Map<String, Object>>) attribute(review).get("groups");
  }
}
