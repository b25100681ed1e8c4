package fr.vigie.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.vigie.Api;
import fr.vigie.Concurrently;
import fr.vigie.aisystems.AiSystemsIT;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ethics sign-off over HTTP: immutable decisions superseded once, the binding to each material field, conditions
 * followed up with If-Match, roles, validation and the état des lieux export.
 */
@ExtendWith(ArquillianExtension.class)
class EthicsIT {

  static final String ETHICS = "ethique";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @ArquillianResource URL base;

  long system(Map<String, Object> body) {
    return Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(201).extract().jsonPath()
        .getLong("id");
  }

  static Map<String, Object> sia(String name) {
    return AiSystemsIT.validSystem(name + " " + UUID.randomUUID());
  }

  static Map<String, Object> review(long system) {
    Map<String, Object> r = new HashMap<>();
    r.put("aiSystemId", system);
    r.put("questions", new ArrayList<>(List.of("Le patient est-il informé de l’usage de l’IA ?",
        "Le médecin garde-t-il la main sur la décision ?")));
    r.put("stakeholders", List.of("Service des urgences", "Représentants des usagers"));
    r.put("representativesInvolved", true);
    r.put("documents", new ArrayList<>(List.of(Map.of("title", "Analyse d’impact", "url", "https://intranet.chu.fr/aipd"))));
    r.put("requestedBy", "Dr Martin, cheffe de service");
    r.put("requestedOn", TODAY.minusDays(30).toString());
    return r;
  }

  long createReview(long system) {
    return Api.as(base, Api.QUALITY).body(review(system)).post("api/ethics/reviews").then().statusCode(201)
        .extract().jsonPath().getLong("id");
  }

  static Map<String, Object> decision(long review, String outcome) {
    Map<String, Object> d = new HashMap<>();
    d.put("reviewId", review);
    d.put("meetingDate", TODAY.minusDays(10).toString());
    d.put("membersPresent", List.of("Pr Durand (président)", "Mme Leroy (représentante des usagers)"));
    d.put("outcome", outcome);
    d.put("rationale", "Usage proportionné, information des patients prévue.");
    if (outcome.equals("FAVOURABLE_WITH_CONDITIONS")) {
      d.put("conditions", new ArrayList<>(List.of(condition("Afficher l’information patient", TODAY.plusDays(60)))));
    }
    return d;
  }

  static Map<String, Object> condition(String text, LocalDate due) {
    return Map.of("description", text, "owner", "Cellule qualité", "dueOn", due.toString());
  }

  JsonPath decide(Map<String, Object> body) {
    return Api.as(base, ETHICS).body(body).post("api/ethics/decisions").then().statusCode(201).extract().jsonPath();
  }

  JsonPath signOff(long system) {
    return Api.as(base, Api.VIEWER).get("api/ethics/ai-systems/" + system + "/sign-off").then().statusCode(200)
        .extract().jsonPath();
  }

  /** Changes the system through the register, as a user would (PUT with If-Match). */
  void edit(long system, Map<String, Object> body, Consumer<Map<String, Object>> change) {
    var current = Api.as(base, Api.VIEWER).get("api/ai-systems/" + system).then().statusCode(200).extract();
    change.accept(body);
    Api.as(base, Api.QUALITY).header("If-Match", current.header("ETag")).body(body)
        .put("api/ai-systems/" + system).then().statusCode(200);
  }

  long establishment() {
    String finess = "54" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    return Api.as(base, Api.QUALITY)
        .body(Map.of("name", "CH éthique " + finess, "shortName", "CH-" + finess, "finess", finess, "type", "CH"))
        .post("api/establishments").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDecisionRecordsTheMaterialVersionAndCannotBeChangedOrDeleted() throws Exception {
    var body = sia("Aide à la rédaction");
    long system = system(body);
    Api.as(base, Api.VIEWER).get("api/ethics/ai-systems/" + system).then().statusCode(200)
        .body("signOff.status", equalTo("NONE")).body("reviews.size()", equalTo(0));
    long review = createReview(system);
    assertThat(signOff(system).getString("status")).isEqualTo("PENDING");

    var created = Api.as(base, ETHICS).body(decision(review, "FAVOURABLE_WITH_CONDITIONS"))
        .post("api/ethics/decisions").then().statusCode(201).header("ETag", "\"0\"")
        .body("materialValues.intendedPurpose", equalTo("Gagner du temps médical."))
        .body("materialValues.aiActRoute", equalTo("MINIMAL"))
        .body("materialValues.establishments", nullValue())
        .body("conditions[0].status", equalTo("OPEN"))
        .body("current", equalTo(true))
        .body("recordedBy", equalTo(ETHICS)).extract();
    // the canonical form written out by hand: keys in alphabetical order, absent values null, no spaces
    String canonical = "{\"aiActRoute\":\"MINIMAL\",\"automationLevel\":\"DECISION_SUPPORT\",\"dataCategories\":null,"
        + "\"establishments\":null,\"foundationModel\":null,\"humanOversight\":null,"
        + "\"intendedPurpose\":\"Gagner du temps médical.\",\"productVersion\":null}";
    assertThat(created.jsonPath().getString("fingerprint")).isEqualTo(sha256(canonical));
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/api/ethics/decisions/" + id);

    var status = signOff(system);
    assertThat(status.getString("status")).isEqualTo("VALID");
    assertThat(status.getLong("decisionId")).isEqualTo(id);
    assertThat(status.getString("currentFingerprint")).isEqualTo(sha256(canonical));
    assertThat(status.getInt("openConditions")).isEqualTo(1);
    assertThat(status.getList("materialFields")).containsExactly("intendedPurpose", "aiActRoute", "dataCategories",
        "productVersion", "foundationModel", "automationLevel", "humanOversight", "establishments");

    for (String method : List.of("PUT", "DELETE", "PATCH")) {
      Api.as(base, ETHICS).body(decision(review, "UNFAVOURABLE")).request(method, "api/ethics/decisions/" + id)
          .then().statusCode(405).contentType("application/problem+json")
          .body("type", equalTo("urn:vigie:problem:method-not-allowed"));
    }
    Api.as(base, Api.ADMIN).body(review(system)).put("api/ethics/reviews/" + review).then().statusCode(405)
        .contentType("application/problem+json");
    Api.as(base, Api.VIEWER).get("api/ethics/decisions/" + id).then().statusCode(200).header("ETag", "\"0\"")
        .body("outcome", equalTo("FAVOURABLE_WITH_CONDITIONS"));
  }

  @Test
  void aCorrectionSupersedesADecisionOnceAndOnlyWithinItsReview() {
    long system = system(sia("Correction"));
    long review = createReview(system);
    long first = decide(decision(review, "FAVOURABLE")).getLong("id");
    var correction = decision(review, "UNFAVOURABLE");
    correction.put("supersedesId", first);
    var corrected = decide(correction);
    assertThat(corrected.getLong("supersedesId")).isEqualTo(first);
    long second = corrected.getLong("id");
    assertThat(signOff(system).getLong("decisionId")).isEqualTo(second);
    Api.as(base, Api.VIEWER).get("api/ethics/decisions/" + first).then().statusCode(200).header("ETag", "\"1\"")
        .body("current", equalTo(false)).body("supersededById", equalTo((int) second));
    assertThat(signOff(system).getString("status")).isEqualTo("UNFAVOURABLE");

    var again = decision(review, "FAVOURABLE");
    again.put("supersedesId", first);
    Api.as(base, ETHICS).body(again).post("api/ethics/decisions").then().statusCode(409)
        .contentType("application/problem+json").body("type", equalTo("urn:vigie:problem:conflict"))
        .body("violations[0].field", equalTo("supersedesId"));

    long otherReview = createReview(system);
    var elsewhere = decision(otherReview, "FAVOURABLE");
    elsewhere.put("supersedesId", second);
    Api.as(base, ETHICS).body(elsewhere).post("api/ethics/decisions").then().statusCode(400)
        .body("violations.field", hasItem("supersedesId"));
    assertThat(Api.as(base, Api.VIEWER).get("api/ethics/ai-systems/" + system).then().statusCode(200).extract()
        .jsonPath().getList("reviews[0].decisions.id")).hasSize(2);
  }

  @Test
  void ofConcurrentCorrectionsOfOneDecisionExactlyOneIsRecordedAndTheReplacedConditionsAreFrozen() throws Exception {
    long system = system(sia("Corrections concurrentes"));
    long review = createReview(system);
    var first = decide(decision(review, "FAVOURABLE_WITH_CONDITIONS"));
    List<Integer> statuses = Concurrently.statuses(5, i -> {
      var correction = decision(review, "FAVOURABLE");
      correction.put("supersedesId", first.getLong("id"));
      correction.put("rationale", "Correction " + i);
      return () -> Api.as(base, ETHICS).body(correction).post("api/ethics/decisions").then().extract().statusCode();
    });
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(Api.as(base, Api.VIEWER).get("api/ethics/reviews/" + review).then().statusCode(200).extract()
        .jsonPath().getList("decisions")).hasSize(2);
    Map<String, Object> close = Map.of("owner", "Cellule qualité", "dueOn", TODAY.plusDays(60).toString(),
        "status", "CLOSED", "closedOn", TODAY.toString(), "closingComment", "Fait.");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(close)
        .put("api/ethics/conditions/" + first.getLong("conditions[0].id")).then().statusCode(409)
        .contentType("application/problem+json");
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get("api/ethics/conditions").then().statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void eachMaterialFieldChangedAloneMarksTheSignOffToRenewWithItsOldAndNewValues() {
    long site = establishment();
    Map<String, Consumer<Map<String, Object>>> changes = new LinkedHashMap<>();
    changes.put("intendedPurpose", b -> b.put("intendedPurpose", "Rédiger les courriers de sortie."));
    changes.put("aiActRoute", b -> b.put("aiActRoute", "TRANSPARENCY_ART_50"));
    changes.put("dataCategories", b -> b.put("dataCategories", Set.of("PATIENT_HEALTH", "DOCUMENTS")));
    changes.put("productVersion", b -> b.put("productVersion", "2.1"));
    changes.put("foundationModel", b -> b.put("foundationModel", "Mistral Large"));
    changes.put("automationLevel", b -> b.put("automationLevel", "INFORMATION"));
    changes.put("humanOversight", b -> b.put("humanOversight", "Relecture systématique par le médecin."));
    changes.put("establishments", b -> b.put("establishmentIds", Set.of(site)));
    Map<String, List<String>> expected = Map.of(
        "intendedPurpose", List.of("Gagner du temps médical.", "Rédiger les courriers de sortie."),
        "aiActRoute", List.of("MINIMAL", "TRANSPARENCY_ART_50"),
        "productVersion", List.of("", "2.1"),
        "foundationModel", List.of("", "Mistral Large"),
        "automationLevel", List.of("DECISION_SUPPORT", "INFORMATION"),
        "humanOversight", List.of("", "Relecture systématique par le médecin."),
        "dataCategories", List.of("", "DOCUMENTS,PATIENT_HEALTH"),
        "establishments", List.of("", Long.toString(site)));
    for (var change : changes.entrySet()) {
      var body = sia("Version " + change.getKey());
      long system = system(body);
      decide(decision(createReview(system), "FAVOURABLE"));
      assertThat(signOff(system).getString("status")).as(change.getKey()).isEqualTo("VALID");
      edit(system, body, change.getValue());
      var status = signOff(system);
      assertThat(status.getString("status")).as(change.getKey()).isEqualTo("TO_RENEW");
      assertThat(status.getList("changes.field")).as(change.getKey()).containsExactly(change.getKey());
      String before = status.getString("changes[0].before");
      assertThat(before == null ? "" : before).as(change.getKey()).isEqualTo(expected.get(change.getKey()).get(0));
      assertThat(status.getString("changes[0].after")).isEqualTo(expected.get(change.getKey()).get(1));
      assertThat(status.getString("currentFingerprint")).isNotEqualTo(status.getString("fingerprint"));
    }
  }

  @Test
  void changedValuesAreShownInTheCallersLanguageAndANonMaterialFieldKeepsTheSignOffValid() {
    var body = sia("Non matériel");
    long system = system(body);
    decide(decision(createReview(system), "FAVOURABLE"));
    edit(system, body, b -> {
      b.put("shortDescription", "Nouvelle description courte.");
      b.put("knownLimitations", "Peut omettre des antécédents.");
      b.put("tags", List.of("autre"));
    });
    assertThat(signOff(system).getString("status")).isEqualTo("VALID");
    edit(system, body, b -> b.put("aiActRoute", "TRANSPARENCY_ART_50"));
    Api.as(base, Api.VIEWER).header("Accept-Language", "fr").get("api/ethics/ai-systems/" + system + "/sign-off")
        .then().statusCode(200).body("status", equalTo("TO_RENEW"))
        .body("changes[0].beforeText", equalTo("Risque minimal"))
        .body("changes[0].afterText", equalTo("Obligations de transparence (art. 50)"));
    // going back to the recorded value makes the sign-off valid again
    edit(system, body, b -> b.put("aiActRoute", "MINIMAL"));
    assertThat(signOff(system).getString("status")).isEqualTo("VALID");
  }

  @Test
  void pendingDeferredAndUnfavourableDecisionsGiveTheirStatus() {
    long system = system(sia("Statuts"));
    long review = createReview(system);
    decide(decision(review, "DEFERRED"));
    assertThat(signOff(system).getString("status")).isEqualTo("PENDING");
    decide(decision(review, "UNFAVOURABLE"));
    assertThat(signOff(system).getString("status")).isEqualTo("UNFAVOURABLE");
    long renewal = createReview(system);
    assertThat(signOff(system).getString("status")).isEqualTo("PENDING");
    decide(decision(renewal, "FAVOURABLE"));
    assertThat(signOff(system).getString("status")).isEqualTo("VALID");
  }

  @Test
  void conditionsAreClosedWithIfMatchAuditedAndOverdueOnesListed() {
    long system = system(sia("Conditions"));
    var body = decision(createReview(system), "FAVOURABLE_WITH_CONDITIONS");
    body.put("conditions", List.of(condition("Former les internes", TODAY.minusDays(2)),
        condition("Informer les patients", TODAY.plusDays(30))));
    var d = decide(body);
    long late = d.getLong("conditions[0].id");
    assertThat(d.getBoolean("conditions[0].overdue")).isTrue();
    assertThat(d.getBoolean("conditions[1].overdue")).isFalse();
    assertThat(signOff(system).getInt("overdueConditions")).isEqualTo(1);
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).queryParam("overdue", true)
        .get("api/ethics/conditions").then().statusCode(200).body("total", equalTo(1))
        .body("items[0].id", equalTo((int) late)).body("items[0].aiSystemName", equalTo(
            Api.as(base, Api.VIEWER).get("api/ai-systems/" + system).then().extract().path("name")));

    Map<String, Object> close = new HashMap<>(Map.of("owner", "Cellule qualité", "dueOn", TODAY.minusDays(2).toString(),
        "status", "CLOSED"));
    String url = "api/ethics/conditions/" + late;
    Api.as(base, Api.QUALITY).body(close).put(url).then().statusCode(428).contentType("application/problem+json");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(close).put(url).then().statusCode(400)
        .body("violations.field", hasItems("closedOn", "closingComment"));
    close.put("closedOn", TODAY.plusDays(1).toString());
    close.put("closingComment", "Session du 3 mars.");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(close).put(url).then().statusCode(400)
        .body("violations.field", equalTo(List.of("closedOn")));
    close.put("closedOn", TODAY.toString());
    Api.as(base, Api.VIEWER).header("If-Match", "\"0\"").body(close).put(url).then().statusCode(403);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(close).put(url).then().statusCode(200)
        .header("ETag", "\"1\"").body("status", equalTo("CLOSED")).body("closedOn", equalTo(TODAY.toString()))
        .body("overdue", equalTo(false));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(close).put(url).then().statusCode(412);
    assertThat(signOff(system).getInt("overdueConditions")).isEqualTo(0);
    assertThat(signOff(system).getInt("openConditions")).isEqualTo(1);
    Api.as(base, Api.VIEWER).get(url + "/history").then().statusCode(200).body("total", equalTo(1))
        .body("items[0].action", equalTo("UPDATED"))
        .body("items[0].changes.field", hasItems("status", "closedOn", "closingComment"));

    Map<String, Object> reopen = Map.of("owner", "Dr Petit", "dueOn", TODAY.plusDays(10).toString(), "status", "OPEN");
    Api.as(base, ETHICS).header("If-Match", "\"1\"").body(reopen).put(url).then().statusCode(200)
        .body("status", equalTo("OPEN")).body("closedOn", nullValue()).body("owner", equalTo("Dr Petit"));
  }

  @Test
  void rolesDecideWhoAsksWhoDecidesAndWhoFollowsUp() {
    long system = system(sia("Rôles"));
    Api.as(base, Api.VIEWER).body(review(system)).post("api/ethics/reviews").then().statusCode(403);
    Api.as(base, Api.INNOVATION).body(review(system)).post("api/ethics/reviews").then().statusCode(403);
    Api.as(base, ETHICS).body(review(system)).post("api/ethics/reviews").then().statusCode(201);
    long review = Api.as(base, Api.ADMIN).body(review(system)).post("api/ethics/reviews").then().statusCode(201)
        .extract().jsonPath().getLong("id");
    for (String user : List.of(Api.QUALITY, Api.ADMIN, Api.VIEWER)) {
      Api.as(base, user).body(decision(review, "FAVOURABLE")).post("api/ethics/decisions").then().statusCode(403)
          .contentType("application/problem+json");
    }
    Api.anonymous(base).get("api/ethics/ai-systems/" + system).then().statusCode(401);
    Api.as(base, Api.EXECUTIVE).get("api/ethics/ai-systems/" + system).then().statusCode(200)
        .body("signOff.status", equalTo("PENDING"));
    Api.as(base, Api.VIEWER).get("api/ethics/ai-systems/999999999").then().statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void invalidReviewsAndDecisionsAre400NamingEachField() {
    long system = system(sia("Validation"));
    var bad = review(system);
    bad.put("questions", List.of());
    bad.remove("representativesInvolved");
    bad.put("documents", List.of(Map.of("title", "Note", "url", "javascript:alert(1)")));
    bad.put("requestedOn", TODAY.plusDays(1).toString());
    Api.as(base, Api.QUALITY).body(bad).post("api/ethics/reviews").then().statusCode(400)
        .contentType("application/problem+json").body("type", equalTo("urn:vigie:problem:validation-error"))
        .body("violations.field", hasItems("questions", "representativesInvolved"));
    bad = review(system);
    bad.put("documents", List.of(Map.of("title", "Note", "url", "javascript:alert(1)")));
    bad.put("requestedOn", TODAY.plusDays(1).toString());
    Api.as(base, Api.QUALITY).body(bad).post("api/ethics/reviews").then().statusCode(400)
        .body("violations.field", hasItems("documents[0].url", "requestedOn"));
    bad = review(999_999_999L);
    Api.as(base, Api.QUALITY).body(bad).post("api/ethics/reviews").then().statusCode(400)
        .body("violations[0].field", equalTo("aiSystemId"));

    long review = createReview(system);
    var noCondition = decision(review, "FAVOURABLE_WITH_CONDITIONS");
    noCondition.remove("conditions");
    Api.as(base, ETHICS).body(noCondition).post("api/ethics/decisions").then().statusCode(400)
        .body("violations.field", equalTo(List.of("conditions")));
    var stray = decision(review, "FAVOURABLE");
    stray.put("conditions", List.of(condition("Sans objet", TODAY)));
    stray.put("meetingDate", TODAY.minusDays(40).toString());
    Api.as(base, ETHICS).body(stray).post("api/ethics/decisions").then().statusCode(400)
        .body("violations.field", hasItems("conditions", "meetingDate"));
    var empty = decision(review, "DEFERRED");
    empty.put("membersPresent", List.of());
    empty.put("rationale", " ");
    empty.put("outcome", "PEUT_ETRE");
    Api.as(base, ETHICS).body(empty).post("api/ethics/decisions").then().statusCode(400);
    var unknown = decision(999_999_999L, "FAVOURABLE");
    Api.as(base, ETHICS).body(unknown).post("api/ethics/decisions").then().statusCode(400)
        .body("violations[0].field", equalTo("reviewId"));
    assertThat(Api.as(base, Api.VIEWER).get("api/ethics/reviews/" + review).then().statusCode(200).extract()
        .jsonPath().getList("decisions")).isEmpty();
  }

  @Test
  void theInventoryExportListsQuestionsDecisionsConditionsAndRenewals() throws Exception {
    long site = establishment();
    var body = sia("Export éthique");
    body.put("establishmentIds", Set.of(site));
    long system = system(body);
    String name = Api.as(base, Api.VIEWER).get("api/ai-systems/" + system).then().extract().path("name");
    long review = createReview(system);
    decide(decision(review, "FAVOURABLE_WITH_CONDITIONS"));
    edit(system, body, b -> b.put("intendedPurpose", "Rédiger les courriers."));
    long elsewhere = system(sia("Ailleurs"));
    createReview(elsewhere);

    byte[] xlsx = Api.as(base, Api.VIEWER).queryParam("format", "xlsx").queryParam("establishmentId", site)
        .get("api/ethics/export").then().statusCode(200)
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
    try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheets = workbook.getSheets().toList();
      assertThat(sheets.stream().map(s -> s.getName())).containsExactly("Questions", "Décisions", "Conditions",
          "Renouvellements");
      List<Row> questions = sheets.get(0).read();
      assertThat(questions.get(0).getCellText(6)).isEqualTo("Question");
      assertThat(questions).hasSize(3);
      assertThat(questions.get(1).getCellText(0)).isEqualTo(name);
      assertThat(questions.get(1).getCellText(2)).isEqualTo("Avis à renouveler");
      assertThat(questions.get(1).getCellText(6)).isEqualTo("Le patient est-il informé de l’usage de l’IA ?");
      assertThat(questions.get(1).getCellText(8)).isEqualTo("Oui");
      List<Row> decisions = sheets.get(1).read();
      assertThat(decisions.get(1).getCellText(4)).isEqualTo("Favorable avec conditions");
      List<Row> conditions = sheets.get(2).read();
      assertThat(conditions).hasSize(2);
      assertThat(conditions.get(1).getCellText(2)).isEqualTo("Afficher l’information patient");
      assertThat(conditions.get(1).getCellText(5)).isEqualTo("Ouverte");
      List<Row> renewals = sheets.get(3).read();
      assertThat(renewals).hasSize(2);
      assertThat(renewals.get(1).getCellText(2)).isEqualTo("Finalité prévue");
      assertThat(renewals.get(1).getCellText(3)).isEqualTo("Gagner du temps médical.");
      assertThat(renewals.get(1).getCellText(4)).isEqualTo("Rédiger les courriers.");
    }

    byte[] pdf = Api.as(base, Api.VIEWER).queryParam("format", "pdf").queryParam("establishmentId", site)
        .get("api/ethics/export").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    reader.close();
    String all = text.toString();
    assertThat(all).contains("État des lieux des questionnements éthiques", name,
        "Le patient est-il informé de l’usage de l’IA ?", "Favorable avec conditions", "Afficher l’information patient",
        "Avis à renouveler", "Rédiger les courriers.");
    assertThat(all).doesNotContain("Ailleurs");

    Api.as(base, Api.VIEWER).queryParam("format", "docx").get("api/ethics/export").then().statusCode(400)
        .contentType("application/problem+json").body("violations[0].field", equalTo("format"));
  }

  long demoSystem(String name) {
    return Api.as(base, Api.VIEWER).queryParam("q", name).get("api/ai-systems").then().statusCode(200).extract()
        .jsonPath().getLong("items[0].id");
  }

  @Test
  void theDemoDataShowAConditionStillOpenAndASignOffToRenew() {
    var sepsis = signOff(demoSystem("Alerte précoce de sepsis"));
    assertThat(sepsis.getString("status")).isEqualTo("VALID");
    assertThat(sepsis.getString("outcome")).isEqualTo("FAVOURABLE_WITH_CONDITIONS");
    assertThat(sepsis.getInt("openConditions")).isEqualTo(1);
    var drafting = signOff(demoSystem("comptes rendus d'hospitalisation"));
    assertThat(drafting.getString("status")).isEqualTo("TO_RENEW");
    assertThat(drafting.getList("changes.field")).containsExactly("intendedPurpose");
    assertThat(drafting.getString("changes[0].before"))
        .isEqualTo("Réduire le temps médical consacré à la rédaction des comptes rendus.");
  }
}
