package fr.vigie.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import fr.vigie.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.net.URL;
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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scoring over HTTP: grids and their versions, ratings keeping their version, the aggregate checked against figures
 * computed by hand, disagreement, quadrant boundaries, overrides and their audit, concurrent raters, roles and
 * refusals. Tests never version the default grid (other tests rate against it): they make their own grid family.
 */
@ExtendWith(ArquillianExtension.class)
class ScoringIT {

  static final double EPS = 1e-9;
  /** Decimals read as doubles (REST Assured reads them as floats by default: 7 digits). */
  static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);
  static final String CONTRIBUTOR = "contributeur";

  @ArquillianResource URL base;

  /**
   * A new use case, scored against version 1 of the default grid (the one shipped by V035, whatever versions other
   * tests may have written since).
   */
  static long useCase(URL base, String title) {
    long id = Api.as(base, Api.INNOVATION)
        .body(Map.of("title", title + " " + UUID.randomUUID(), "irritant", "Ressaisies manuelles chronophages",
            "origin", "INDIVIDUAL_PROPOSAL"))
        .post("api/use-cases").then().statusCode(201).extract().jsonPath(DOUBLES).getLong("id");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(Map.of("gridId", defaultGrid(base).getLong("id")))
        .put("api/use-cases/" + id + "/scores/grid").then().statusCode(200).body("gridVersionNumber", equalTo(1));
    return id;
  }

  static JsonPath defaultGrid(URL base) {
    JsonPath grids = Api.as(base, Api.VIEWER).get("api/scoring-grids?allVersions=true").then().statusCode(200)
        .extract().jsonPath(DOUBLES);
    long id = grids.getLong("find { it.familyCode == 'hopital' && it.versionNumber == 1 }.id");
    return Api.as(base, Api.VIEWER).get("api/scoring-grids/" + id).then().statusCode(200).extract()
        .jsonPath(DOUBLES);
  }

  /** The default grid's criteria ids, value first (weights 3, 3, 2, 2, 1) then feasibility (3, 2, 2, 1, 2). */
  static List<Long> defaultCriteria(URL base) {
    List<Map<String, Object>> list = defaultGrid(base).getList("criteria");
    List<Long> ids = new ArrayList<>();
    for (Map<String, Object> c : list) {
      ids.add(((Number) c.get("id")).longValue());
    }
    return ids;
  }

  static Map<String, Object> rating(List<Long> criteria, int... levels) {
    List<Map<String, Object>> ratings = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      ratings.add(Map.of("criterionId", criteria.get(i), "level", levels[i]));
    }
    return new HashMap<>(Map.of("ratings", ratings));
  }

  static JsonPath rate(URL base, String user, long useCase, Map<String, Object> body) {
    return Api.as(base, user).body(body).put("api/use-cases/" + useCase + "/ratings/mine").then().statusCode(200)
        .extract().jsonPath(DOUBLES);
  }

  static JsonPath scores(URL base, long useCase) {
    return Api.as(base, Api.VIEWER).get("api/use-cases/" + useCase + "/scores").then().statusCode(200).extract()
        .jsonPath(DOUBLES);
  }

  @Test
  void threeRatersWithUnequalWeightsAggregateAsComputedByHand() {
    long uc = useCase(base, "Courriers de sortie");
    List<Long> c = defaultCriteria(base);
    assertThat(c).hasSize(10);
    // value Σw 11: 4,5,3,4,2 → 43 → 800/11; 3s → 50; 2,2,1,1,1 → 17 → 150/11
    // feasibility Σw 10: 4s → 75; 5,3,4,2,3 → 37 → 67.5; 2,3,3,3,4 → 29 → 47.5
    JsonPath a = rate(base, Api.INNOVATION, uc, rating(c, 4, 5, 3, 4, 2, 4, 4, 4, 4, 4));
    assertThat(a.getDouble("valueScore")).isCloseTo(800.0 / 11, within(EPS));
    assertThat(a.getDouble("feasibilityScore")).isEqualTo(75.0);
    assertThat(a.getBoolean("complete")).isTrue();
    rate(base, CONTRIBUTOR, uc, rating(c, 3, 3, 3, 3, 3, 5, 3, 4, 2, 3));

    JsonPath two = scores(base, uc);
    assertThat(two.getInt("raterCount")).isEqualTo(2);
    assertThat(two.getDouble("value.median")).isCloseTo(675.0 / 11, within(EPS)); // mean of the two middle values
    assertThat(two.getDouble("value.standardDeviation")).isCloseTo(125.0 / 11, within(EPS)); // population
    assertThat(two.getDouble("feasibility.median")).isCloseTo(71.25, within(EPS));
    assertThat(two.getBoolean("disagreement")).isFalse(); // spreads 250/11 = 22.7 and 7.5 ≤ 25

    rate(base, Api.ADMIN, uc, rating(c, 2, 2, 1, 1, 1, 2, 3, 3, 3, 4));
    JsonPath s = scores(base, uc);
    assertThat(s.getInt("raterCount")).isEqualTo(3);
    assertThat(s.getInt("completeRaterCount")).isEqualTo(3);
    assertThat(s.getInt("value.raters")).isEqualTo(3);
    assertThat(s.getDouble("value.computed")).isCloseTo(500.0 / 11, within(EPS));
    assertThat(s.getDouble("value.effective")).isCloseTo(500.0 / 11, within(EPS));
    assertThat(s.getDouble("value.median")).isCloseTo(50.0, within(EPS));
    assertThat(s.getDouble("value.min")).isCloseTo(150.0 / 11, within(EPS));
    assertThat(s.getDouble("value.max")).isCloseTo(800.0 / 11, within(EPS));
    assertThat(s.getDouble("value.standardDeviation")).isCloseTo(Math.sqrt(215000.0 / 363), within(EPS));
    assertThat(s.getDouble("value.spread")).isCloseTo(650.0 / 11, within(EPS));
    assertThat(s.getDouble("feasibility.computed")).isCloseTo(190.0 / 3, within(EPS));
    assertThat(s.getDouble("feasibility.median")).isCloseTo(67.5, within(EPS));
    assertThat(s.getBoolean("disagreement")).isTrue(); // value spread 59.1 > 25
    assertThat(s.getString("quadrant")).isEqualTo("OPPORTUNITY"); // 45.45 < 50, 63.33 ≥ 50
    assertThat(s.getDouble("priority")).isCloseTo(1736.0 / 33, within(EPS)); // 0.6 × 500/11 + 0.4 × 190/3
    assertThat(s.getList("raters.rater")).containsExactlyInAnyOrder(Api.ADMIN, CONTRIBUTOR, Api.INNOVATION);

    JsonPath e = Api.as(base, Api.VIEWER).header("Accept-Language", "fr")
        .get("api/use-cases/" + uc + "/scores/explanation").then().statusCode(200).extract().jsonPath(DOUBLES);
    assertThat(e.getList("criteria")).hasSize(10);
    assertThat(e.getDouble("criteria[0].weight")).isEqualTo(3.0);
    assertThat(e.getDouble("raters.find { it.rater == 'innovation' }.value.sumWeights")).isEqualTo(11.0);
    assertThat(e.getDouble("raters.find { it.rater == 'innovation' }.value.sumWeightedLevels")).isEqualTo(43.0);
    assertThat(e.getDouble("raters.find { it.rater == 'contributeur' }.feasibility.sumWeightedLevels"))
        .isEqualTo(37.0);
    assertThat(e.getDouble("value.mean")).isCloseTo(500.0 / 11, within(EPS));
    assertThat(e.getDouble("priority")).isCloseTo(1736.0 / 33, within(EPS));
    assertThat(e.getDouble("disagreementThreshold")).isEqualTo(25.0);
    assertThat(e.getDouble("valuePriorityWeight")).isEqualTo(0.6);
    assertThat(e.getList("formulas", String.class)).anySatisfy(f -> assertThat(f).contains("Σ wᵢ·xᵢ"));
    assertThat(e.getList("formulas", String.class)).anySatisfy(f -> assertThat(f).contains("0,6 × valeur"));

    Api.as(base, Api.VIEWER).get("api/use-case-scores?ids=" + uc + ",999999999").then().statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].quadrant", equalTo("OPPORTUNITY"))
        .body("[0].raterCount", equalTo(3));
  }

  @Test
  void aPartialRatingScoresOnlyItsCompleteAxisAndAnUpdateNeedsTheCurrentVersion() {
    long uc = useCase(base, "Planning des gardes");
    List<Long> c = defaultCriteria(base);
    var first = Api.as(base, CONTRIBUTOR).body(rating(c, 5, 5, 5, 5, 5, 3))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(200).header("ETag", "\"0\"")
        .body("valueScore", equalTo(100.0f))
        .body("feasibilityScore", nullValue())
        .body("complete", equalTo(false)).extract().jsonPath(DOUBLES);
    assertThat(first.getBoolean("counted")).isTrue();
    JsonPath s = scores(base, uc);
    assertThat(s.getInt("feasibility.raters")).isZero();
    assertThat(s.getString("quadrant")).isNull();
    assertThat(s.getString("priority")).isNull();
    assertThat(s.getInt("completeRaterCount")).isZero();

    Api.as(base, CONTRIBUTOR).body(rating(c, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(428);
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"7\"").body(rating(c, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(412);
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"0\"").body(rating(c, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(200).header("ETag", "\"1\"")
        .body("complete", equalTo(true)).body("feasibilityScore", equalTo(50.0f));
    // a first rating has nothing to match
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(rating(c, 1))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(412);
    Api.as(base, CONTRIBUTOR).get("api/use-cases/" + uc + "/ratings/mine").then().statusCode(200)
        .header("ETag", "\"1\"").body("ratings.size()", equalTo(10));
    assertThat(scores(base, uc).getString("quadrant")).isEqualTo("QUICK_WIN"); // 100 and exactly 50: high
  }

  @Test
  void quadrantBoundariesAreInclusive() {
    long uc = useCase(base, "Tri des mails");
    List<Long> c = defaultCriteria(base);
    rate(base, Api.INNOVATION, uc, rating(c, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
    JsonPath s = scores(base, uc);
    assertThat(s.getDouble("value.computed")).isEqualTo(50.0);
    assertThat(s.getString("quadrant")).isEqualTo("QUICK_WIN");
    // strategic fit (weight 1) to 2: Σ 32 → 100 × (32/11 − 1) / 4 = 47.73 < 50
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(rating(c, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(200);
    s = scores(base, uc);
    assertThat(s.getDouble("value.computed")).isCloseTo(2100.0 / 44, within(EPS));
    assertThat(s.getString("quadrant")).isEqualTo("OPPORTUNITY");
    // data (weight 3) to 2: Σ 27 → 42.5 < 50
    Api.as(base, Api.INNOVATION).header("If-Match", "\"1\"").body(rating(c, 3, 3, 3, 3, 2, 2, 3, 3, 3, 3))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(200);
    assertThat(scores(base, uc).getString("quadrant")).isEqualTo("DISCARD");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"2\"").body(rating(c, 4, 3, 3, 3, 2, 2, 3, 3, 3, 3))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(200);
    s = scores(base, uc);
    assertThat(s.getDouble("value.computed")).isCloseTo(2400.0 / 44, within(EPS)); // Σ 35 → 54.5
    assertThat(s.getString("quadrant")).isEqualTo("STRUCTURING");
  }

  @Test
  void refusedLevelsAndCriteriaNameTheirField() {
    long uc = useCase(base, "Codage PMSI");
    List<Long> c = defaultCriteria(base);
    Api.as(base, CONTRIBUTOR).body(rating(c, 0)).put("api/use-cases/" + uc + "/ratings/mine").then()
        .statusCode(400).contentType(containsString("application/problem+json"))
        .body("violations.field", hasItem("ratings[0].level"));
    Api.as(base, CONTRIBUTOR).body(rating(c, 3, 6)).put("api/use-cases/" + uc + "/ratings/mine").then()
        .statusCode(400).body("violations.field", hasItem("ratings[1].level"));
    Api.as(base, CONTRIBUTOR).body(rating(List.of(999_999_999L), 3)).put("api/use-cases/" + uc + "/ratings/mine")
        .then().statusCode(400).body("violations.field", hasItem("ratings[0].criterionId"));
    Api.as(base, CONTRIBUTOR).body(rating(List.of(c.get(0), c.get(0)), 3, 4))
        .put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(400)
        .body("violations.field", hasItem("ratings[1].criterionId"));
    Api.as(base, CONTRIBUTOR).body(rating(c, 3)).put("api/use-cases/999999999/ratings/mine").then()
        .statusCode(404);
    // nothing was stored by the refusals
    Api.as(base, CONTRIBUTOR).get("api/use-cases/" + uc + "/ratings/mine").then().statusCode(404);
    assertThat(scores(base, uc).getInt("raterCount")).isZero();
  }

  static Map<String, Object> criterion(String axis, String code, double weight) {
    List<String> fr = List.of("Très faible", "Faible", "Moyen", "Fort", "Très fort");
    List<String> en = List.of("Very low", "Low", "Medium", "High", "Very high");
    return new HashMap<>(Map.of("axis", axis, "code", code, "labelFr", "Critère " + code, "labelEn",
        "Criterion " + code, "weight", weight, "anchorsFr", fr, "anchorsEn", en));
  }

  static Map<String, Object> grid(String family, double valueWeight) {
    Map<String, Object> g = new HashMap<>();
    g.put("familyCode", family);
    g.put("nameFr", "Grille d’essai");
    g.put("nameEn", "Test grid");
    g.put("valueThreshold", 60.0);
    g.put("criteria", List.of(criterion("VALUE", "gain", valueWeight), criterion("VALUE", "usage", 1.0),
        criterion("FEASIBILITY", "donnees", 2.0)));
    return g;
  }

  @Test
  void editingAGridWritesANewVersionAndRatingsKeepTheirs() {
    String family = "essai-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as(base, Api.INNOVATION).body(grid(family, 3.0)).post("api/scoring-grids").then().statusCode(403);
    JsonPath v1 = Api.as(base, Api.ADMIN).body(grid(family, 3.0)).post("api/scoring-grids").then()
        .statusCode(201).extract().jsonPath(DOUBLES);
    long v1Id = v1.getLong("id");
    assertThat(v1.getInt("versionNumber")).isEqualTo(1);
    assertThat(v1.getDouble("disagreementThreshold")).isEqualTo(25.0); // defaults
    assertThat(v1.getDouble("valueThreshold")).isEqualTo(60.0);
    assertThat(v1.getList("criteria[0].anchorsFr")).hasSize(5);
    Api.as(base, Api.ADMIN).body(grid(family, 3.0)).post("api/scoring-grids").then().statusCode(400)
        .body("violations.field", hasItem("familyCode"));

    long uc = useCase(base, "Réponse aux réclamations");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"" + scores(base, uc).getLong("version") + "\"")
        .body(Map.of("gridId", v1Id))
        .put("api/use-cases/" + uc + "/scores/grid").then().statusCode(200).body("gridVersionNumber", equalTo(1));
    List<Long> c1 = v1.getList("criteria.id", Long.class);
    // gain 5 (w 3), usage 1 (w 1): Σ 16 / 4 = 4 → 75
    rate(base, CONTRIBUTOR, uc, rating(c1, 5, 1, 4));
    assertThat(scores(base, uc).getDouble("value.computed")).isEqualTo(75.0);

    JsonPath v2 = Api.as(base, Api.ADMIN).body(grid(family, 1.0)).post("api/scoring-grids/" + v1Id + "/versions")
        .then().statusCode(201).extract().jsonPath(DOUBLES);
    assertThat(v2.getInt("versionNumber")).isEqualTo(2);
    assertThat(v2.getString("familyCode")).isEqualTo(family);
    Api.as(base, Api.ADMIN).body(grid(family, 2.0)).post("api/scoring-grids/" + v1Id + "/versions").then()
        .statusCode(409);
    Api.as(base, Api.VIEWER).get("api/scoring-grids/" + v1Id).then().statusCode(200)
        .body("criteria[0].weight", equalTo(3.0f)).body("latest", equalTo(false));
    Api.as(base, Api.VIEWER).get("api/scoring-grids?allVersions=true").then().statusCode(200)
        .body("findAll { it.familyCode == '" + family + "' }.versionNumber", equalTo(List.of(1, 2)));
    // the use case stays on version 1 until re-scored explicitly
    assertThat(scores(base, uc).getInt("gridVersionNumber")).isEqualTo(1);

    long scoreVersion = scores(base, uc).getLong("version");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"" + scoreVersion + "\"").body(Map.of("gridId", v2.getLong("id")))
        .put("api/use-cases/" + uc + "/scores/grid").then().statusCode(200)
        .body("gridVersionNumber", equalTo(2)).body("raterCount", equalTo(0)).body("value.computed", nullValue());
    JsonPath ratings = Api.as(base, Api.VIEWER).get("api/use-cases/" + uc + "/ratings").then().statusCode(200)
        .extract().jsonPath(DOUBLES);
    assertThat(ratings.getList("gridVersionNumber", Integer.class)).containsExactly(1);
    assertThat(ratings.getBoolean("[0].counted")).isFalse();
    assertThat(ratings.getDouble("[0].valueScore")).isEqualTo(75.0);
    // a criterion of version 1 is refused now
    Api.as(base, CONTRIBUTOR).body(rating(c1, 5, 1, 4)).put("api/use-cases/" + uc + "/ratings/mine").then()
        .statusCode(400).body("violations.field", hasItem("ratings[0].criterionId"))
        .body("violations.message", hasItem(containsString("version")));
    List<Long> c2 = v2.getList("criteria.id", Long.class);
    // version 2: gain 5 (w 1), usage 1 (w 1): mean 3 → 50
    JsonPath again = rate(base, CONTRIBUTOR, uc, rating(c2, 5, 1, 4));
    assertThat(again.getInt("gridVersionNumber")).isEqualTo(2);
    assertThat(scores(base, uc).getDouble("value.computed")).isEqualTo(50.0);
    assertThat(Api.as(base, Api.VIEWER).get("api/use-cases/" + uc + "/ratings").then().statusCode(200).extract()
        .jsonPath().getList("gridVersionNumber", Integer.class)).containsExactly(2, 1);
    assertThat(scores(base, uc).getString("quadrant")).isEqualTo("OPPORTUNITY"); // 50 < 60 (this grid), 75 ≥ 50
  }

  @Test
  void anOverrideNeedsAReasonKeepsTheComputedValueAndIsAudited() {
    long uc = useCase(base, "Dictée vocale");
    List<Long> c = defaultCriteria(base);
    rate(base, CONTRIBUTOR, uc, rating(c, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4)); // 25 and 75
    long version = scores(base, uc).getLong("version");
    String path = "api/use-cases/" + uc + "/scores/overrides/VALUE";
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"" + version + "\"")
        .body(Map.of("score", 80, "reason", "Priorité du projet d’établissement")).put(path).then().statusCode(403);
    Api.as(base, Api.INNOVATION).header("If-Match", "\"" + version + "\"").body(Map.of("score", 80))
        .put(path).then().statusCode(400).body("violations.field", hasItem("reason"));
    Api.as(base, Api.INNOVATION).header("If-Match", "\"" + version + "\"")
        .body(Map.of("score", 101, "reason", "x")).put(path).then().statusCode(400)
        .body("violations.field", hasItem("score"));
    Api.as(base, Api.INNOVATION).body(Map.of("score", 80, "reason", "x")).put(path).then().statusCode(428);
    JsonPath o = Api.as(base, Api.INNOVATION).header("If-Match", "\"" + version + "\"")
        .body(Map.of("score", 80, "reason", "Priorité du projet d’établissement")).put(path).then().statusCode(200)
        .extract().jsonPath(DOUBLES);
    assertThat(o.getDouble("value.computed")).isEqualTo(25.0);
    assertThat(o.getDouble("value.effective")).isEqualTo(80.0);
    assertThat(o.getString("value.override.reason")).isEqualTo("Priorité du projet d’établissement");
    assertThat(o.getString("value.override.by")).isEqualTo(Api.INNOVATION);
    assertThat(o.getString("quadrant")).isEqualTo("QUICK_WIN");
    assertThat(o.getDouble("priority")).isCloseTo(0.6 * 80 + 0.4 * 75, within(EPS));
    // a new rating keeps the override
    rate(base, Api.ADMIN, uc, rating(c, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
    JsonPath after = scores(base, uc);
    assertThat(after.getDouble("value.computed")).isEqualTo(50.0);
    assertThat(after.getDouble("value.effective")).isEqualTo(80.0);
    Api.as(base, Api.INNOVATION).header("If-Match", "\"" + version + "\"").delete(path).then().statusCode(412);
    JsonPath removed = Api.as(base, Api.INNOVATION).header("If-Match", "\"" + after.getLong("version") + "\"")
        .delete(path).then().statusCode(200).extract().jsonPath(DOUBLES);
    assertThat(removed.getDouble("value.effective")).isEqualTo(50.0);
    assertThat(removed.getString("value.override")).isNull();
    Api.as(base, Api.INNOVATION).header("If-Match", "\"" + removed.getLong("version") + "\"").delete(path).then()
        .statusCode(404);

    JsonPath history = Api.as(base, Api.VIEWER).get("api/use-cases/" + uc + "/scores/history").then()
        .statusCode(200).extract().jsonPath(DOUBLES);
    assertThat(history.getList("items")).hasSize(2);
    assertThat(history.getString("items[0].actor")).isEqualTo(Api.INNOVATION);
    assertThat(history.getList("items[0].changes.field", String.class)).contains("valueOverride",
        "valueOverrideReason");
    assertThat(history.getString("items[0].changes.find { it.field == 'valueOverride' }.after")).isNull();
    assertThat(history.getString("items[1].changes.find { it.field == 'valueOverrideReason' }.after"))
        .isEqualTo("Priorité du projet d’établissement");
  }

  @Test
  void readersReadAndOnlyRatersRate() {
    long uc = useCase(base, "Accueil téléphonique");
    List<Long> c = defaultCriteria(base);
    for (String reader : List.of(Api.VIEWER, Api.QUALITY, Api.EXECUTIVE)) {
      Api.as(base, reader).body(rating(c, 3)).put("api/use-cases/" + uc + "/ratings/mine").then().statusCode(403);
      Api.as(base, reader).get("api/use-cases/" + uc + "/scores").then().statusCode(200);
      Api.as(base, reader).get("api/use-cases/" + uc + "/scores/explanation").then().statusCode(200);
    }
    Api.anonymous(base).get("api/use-cases/" + uc + "/scores").then().statusCode(401);
    Api.as(base, Api.VIEWER).get("api/use-cases/999999999/scores").then().statusCode(404);
  }

  /** The six demo raters of the innovation committee plus three other raters: nine concurrent clients. */
  static final List<String> RATERS = List.of(Api.INNOVATION, CONTRIBUTOR, Api.ADMIN, "cadre.sante", "medecin.dim",
      "pharmacienne", "ingenieur.bio", "secretaire.med", "rssi");

  @Test
  void concurrentRatersAllCountInTheAggregate() throws Exception {
    long uc = useCase(base, "Bons de transport");
    List<Long> c = defaultCriteria(base);
    ExecutorService pool = Executors.newFixedThreadPool(RATERS.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    List<Double> value = new ArrayList<>();
    List<Double> feasibility = new ArrayList<>();
    try {
      for (int k = 0; k < RATERS.size(); k++) {
        int v = k % 5 + 1;
        int f = (k + 2) % 5 + 1;
        value.add(25.0 * (v - 1)); // every value criterion at v: weighted mean v
        feasibility.add(25.0 * (f - 1));
        String rater = RATERS.get(k);
        Callable<Integer> call = () -> {
          start.await();
          return Api.as(base, rater).body(rating(c, v, v, v, v, v, f, f, f, f, f))
              .put("api/use-cases/" + uc + "/ratings/mine").then().extract().statusCode();
        };
        answers.add(pool.submit(call));
      }
      start.countDown();
      for (Future<Integer> a : answers) {
        assertThat(a.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    JsonPath s = scores(base, uc);
    assertThat(s.getInt("raterCount")).isEqualTo(9);
    double meanV = value.stream().mapToDouble(Double::doubleValue).sum() / 9; // (0+25+50+75+100)×… = 400/9
    double meanF = feasibility.stream().mapToDouble(Double::doubleValue).sum() / 9;
    assertThat(s.getDouble("value.computed")).isCloseTo(meanV, within(EPS));
    assertThat(s.getDouble("feasibility.computed")).isCloseTo(meanF, within(EPS));
    assertThat(s.getDouble("value.min")).isEqualTo(0.0);
    assertThat(s.getDouble("value.max")).isEqualTo(100.0);
    assertThat(s.getDouble("value.median")).isEqualTo(50.0); // 0,0,25,25,50,50,75,75,100
    assertThat(s.getBoolean("disagreement")).isTrue();
  }
}
