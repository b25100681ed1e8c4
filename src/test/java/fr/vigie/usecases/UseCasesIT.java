package fr.vigie.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.vigie.Api;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class UseCasesIT {

  static final String CONTRIBUTOR = "contributeur";

  @ArquillianResource URL base;

  /** Title, irritant and origin: what a card needs to be proposed. */
  static Map<String, Object> minimal(String title) {
    Map<String, Object> u = new HashMap<>();
    u.put("title", title);
    u.put("irritant", "Les courriers de sortie sont ressaisis à la main.");
    u.put("origin", "INDIVIDUAL_PROPOSAL");
    return u;
  }

  /** A complete card (every element of Gates.missingForCompleteCard present). */
  static Map<String, Object> complete(String title) {
    var u = minimal(title);
    u.put("currentProcess", "La secrétaire retape le compte rendu dicté.");
    u.put("proposedSolution", "Un assistant rédige le brouillon du courrier à partir du dossier.");
    u.put("gainTime", "Moins de ressaisie pour les secrétariats.");
    u.put("services", List.of("Cardiologie"));
    u.put("jobFunctions", List.of("Secrétaire médicale"));
    u.put("volume", 40);
    u.put("volumePeriod", "DAY");
    u.put("minutesBefore", 12);
    u.put("minutesAfter", 3);
    u.put("reworkRatePercent", 10);
    u.put("reviewMinutes", 1);
    u.put("dataAndSystems", "Dossier patient informatisé, modèles de courriers.");
    u.put("category", "GENERATIVE_AI");
    return u;
  }

  private JsonPath create(String user, Map<String, Object> body) {
    return Api.as(base, user).body(body).post("api/use-cases").then().statusCode(201).extract().jsonPath();
  }

  private JsonPath move(long id, long version, String to, String comment) {
    Map<String, Object> body = new HashMap<>(Map.of("to", to));
    if (comment != null) {
      body.put("comment", comment);
    }
    return Api.as(base, Api.INNOVATION).header("If-Match", "\"" + version + "\"").body(body)
        .post("api/use-cases/" + id + "/transitions").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void aContributorProposesAUseCaseInAFewWordsAndFollowsIt() {
    String title = "Courriers de sortie " + UUID.randomUUID();
    var created = Api.as(base, CONTRIBUTOR).body(minimal(title)).post("api/use-cases").then().statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", containsString("/api/use-cases/"))
        .body("stage", equalTo("IDENTIFIED"))
        .body("submittedBy", equalTo(CONTRIBUTOR))
        .body("estimate", nullValue())
        .body("missingForQualification", containsInAnyOrder("gate.card.currentProcess", "gate.card.proposedSolution",
            "gate.card.gains", "gate.card.services", "gate.card.jobFunctions", "gate.card.volumetry",
            "gate.card.dataAndSystems", "gate.card.category"))
        .extract().jsonPath();
    long id = created.getLong("id");
    Api.as(base, Api.VIEWER).get("api/use-cases/" + id).then().statusCode(200).header("ETag", "\"0\"")
        .body("title", equalTo(title)).body("origin", equalTo("INDIVIDUAL_PROPOSAL"));
    // "mine" lists the caller's own proposals only
    Api.as(base, CONTRIBUTOR).queryParam("mine", true).queryParam("q", title).get("api/use-cases").then()
        .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
    Api.as(base, Api.INNOVATION).queryParam("mine", true).queryParam("q", title).get("api/use-cases").then()
        .body("total", equalTo(0));
    Api.as(base, Api.VIEWER).get("api/use-cases/987654321").then().statusCode(404)
        .body("type", equalTo("urn:vigie:problem:not-found"));
  }

  @Test
  void theEstimateShowsItsFormulaAndMatchesTheHandComputation() {
    var card = create(Api.INNOVATION, complete("Estimation " + UUID.randomUUID()));
    // 40 per day × 365 = 14,600 tasks; saved 12 − 3 − 1 − 10 % × 12 = 6.8 min;
    // 14,600 × 6.8 / 60 = 1,654.67 h → 1,654.7; 1,654.67 / 1,607 = 1.0297 → 1.03 FTE
    assertThat(card.getInt("estimate.tasksPerYear")).isEqualTo(14600);
    assertThat(card.getDouble("estimate.savedMinutesPerTask")).isEqualTo(6.8);
    assertThat(card.getDouble("estimate.hoursPerYear")).isEqualTo(1654.7);
    assertThat(card.getDouble("estimate.ftePerYear")).isEqualTo(1.03);
    assertThat(card.getInt("estimate.periodsPerYear")).isEqualTo(365);
    assertThat(card.getInt("estimate.fteHoursPerYear")).isEqualTo(1607);
    assertThat(card.getString("estimate.formula")).contains("reworkRatePercent / 100 × minutesBefore");
    assertThat(card.getList("missingForQualification")).isEmpty();
  }

  @Test
  void invalidCardsAreRefusedOnTheirFields() {
    var noTitle = minimal("x");
    noTitle.remove("title");
    Api.as(base, CONTRIBUTOR).body(noTitle).post("api/use-cases").then().statusCode(400)
        .body("type", equalTo("urn:vigie:problem:validation-error")).body("violations.field", hasItem("title"));
    var bad = minimal("Mauvais chiffres");
    bad.put("volume", -1);
    bad.put("reworkRatePercent", 150);
    bad.put("minutesBefore", 1.234);
    Api.as(base, CONTRIBUTOR).body(bad).post("api/use-cases").then().statusCode(400)
        .body("violations.field", hasItems("volume", "reworkRatePercent", "minutesBefore"));
    var period = minimal("Période inconnue");
    period.put("volumePeriod", "FORTNIGHT");
    Api.as(base, CONTRIBUTOR).body(period).post("api/use-cases").then().statusCode(400);
    var workshop = minimal("Atelier sans origine atelier");
    workshop.put("workshopId", 12);
    Api.as(base, CONTRIBUTOR).header("Accept-Language", "fr").body(workshop).post("api/use-cases").then()
        .statusCode(400).body("violations[0].field", equalTo("workshopId"))
        .body("violations[0].message", containsString("atelier"));
    var unknownSystem = minimal("SIA inconnu");
    unknownSystem.put("aiSystemIds", List.of(987654321));
    Api.as(base, Api.INNOVATION).body(unknownSystem).post("api/use-cases").then().statusCode(400)
        .body("violations[0].field", equalTo("aiSystemIds"));
  }

  @Test
  void concurrentEditsNeedTheETag() {
    String title = "Concurrence " + UUID.randomUUID();
    long id = create(Api.INNOVATION, minimal(title)).getLong("id");
    var change = minimal(title + " (modifié)");
    Api.as(base, Api.INNOVATION).body(change).put("api/use-cases/" + id).then().statusCode(428)
        .body("type", equalTo("urn:vigie:problem:if-match-required"));
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(change).put("api/use-cases/" + id).then()
        .statusCode(200).header("ETag", "\"1\"").body("title", endsWith("(modifié)"));
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(minimal("écrasement")).put("api/use-cases/" + id)
        .then().statusCode(412).body("type", equalTo("urn:vigie:problem:stale-version"));
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(Map.of("to", "ON_HOLD"))
        .post("api/use-cases/" + id + "/transitions").then().statusCode(412);
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(minimal(title)).post("api/use-cases").then()
        .statusCode(412);
    // the change is in the history, field by field
    Api.as(base, Api.VIEWER).get("api/use-cases/" + id + "/history").then().statusCode(200)
        .body("items[0].action", equalTo("UPDATED"))
        .body("items[0].changes.find { it.field == 'title' }.after", endsWith("(modifié)"));
  }

  @Test
  void theListFiltersSortsAndPagesInTheDatabase() {
    String tag = "filtre-" + UUID.randomUUID().toString().substring(0, 8);
    var a = complete("Tri A " + tag);
    a.put("tags", List.of(tag, "courriers"));
    a.put("volume", 10);
    var b = minimal("Tri B " + tag);
    b.put("tags", List.of(tag.toUpperCase()));
    b.put("origin", "INTERVIEW");
    b.put("category", "RPA");
    long idA = create(Api.INNOVATION, a).getLong("id");
    long idB = create(CONTRIBUTOR, b).getLong("id");
    Api.as(base, Api.VIEWER).queryParam("tag", tag).queryParam("sort", "title").get("api/use-cases").then()
        .statusCode(200).body("total", equalTo(2)).body("items.id", equalTo(List.of((int) idA, (int) idB)));
    Api.as(base, Api.VIEWER).queryParam("tag", tag).queryParam("origin", "INTERVIEW").get("api/use-cases").then()
        .body("total", equalTo(1)).body("items[0].id", equalTo((int) idB));
    Api.as(base, Api.VIEWER).queryParam("tag", tag).queryParam("category", "GENERATIVE_AI").get("api/use-cases")
        .then().body("total", equalTo(1)).body("items[0].id", equalTo((int) idA))
        .body("items[0].estimatedHoursPerYear", equalTo(413.7f));
    Api.as(base, Api.VIEWER).queryParam("tag", tag).queryParam("stage", "QUALIFIED").get("api/use-cases").then()
        .body("total", equalTo(0));
    Api.as(base, Api.VIEWER).queryParam("tag", tag).queryParam("sort", "-estimatedHoursPerYear")
        .queryParam("size", 1).queryParam("page", 1).get("api/use-cases").then()
        .body("total", equalTo(2)).body("items.id", equalTo(List.of((int) idB)));
    Api.as(base, Api.VIEWER).queryParam("q", "TRI b " + tag).get("api/use-cases").then()
        .body("total", equalTo(1));
    Api.as(base, Api.VIEWER).queryParam("sort", "irritant").get("api/use-cases").then().statusCode(400)
        .body("violations[0].field", equalTo("sort"));
    Api.as(base, Api.VIEWER).queryParam("stage", "PERHAPS").get("api/use-cases").then().statusCode(400);
  }

  @Test
  void rolesDecideWhoProposesEditsAndMoves() {
    var mine = create(CONTRIBUTOR, complete("Rôles " + UUID.randomUUID()));
    long id = mine.getLong("id");
    Api.as(base, Api.VIEWER).body(minimal("lecteur")).post("api/use-cases").then().statusCode(403);
    Api.as(base, Api.QUALITY).body(minimal("qualité")).post("api/use-cases").then().statusCode(403);
    // a contributor cannot move a card, nor edit another's
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"0\"").body(Map.of("to", "QUALIFIED"))
        .post("api/use-cases/" + id + "/transitions").then().statusCode(403);
    long other = create(Api.INNOVATION, minimal("Pas à moi " + UUID.randomUUID())).getLong("id");
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"0\"").body(minimal("pris")).put("api/use-cases/" + other)
        .then().statusCode(403);
    // their own, while identified, they complete; once qualified the innovation team keeps it
    var edit = complete("Rôles modifié");
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"0\"").body(edit).put("api/use-cases/" + id).then().statusCode(200);
    move(id, 1, "QUALIFIED", null);
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"2\"").body(edit).put("api/use-cases/" + id).then().statusCode(403);
    Api.as(base, Api.INNOVATION).header("If-Match", "\"2\"").body(edit).put("api/use-cases/" + id).then()
        .statusCode(200);
    // links to the register are the innovation team's
    var linked = minimal("Lien " + UUID.randomUUID());
    linked.put("aiSystemIds", List.of(1));
    Api.as(base, CONTRIBUTOR).body(linked).post("api/use-cases").then().statusCode(403);
  }

  @Test
  void qualifyingNeedsACompleteCardAndTheRefusalNamesEachMissingElement() {
    var card = minimal("Porte qualifiée " + UUID.randomUUID());
    card.put("proposedSolution", "Un robot trie les courriers.");
    card.put("services", List.of("Admissions"));
    long id = create(Api.INNOVATION, card).getLong("id");
    Api.as(base, Api.INNOVATION).header("Accept-Language", "fr").header("If-Match", "\"0\"")
        .body(Map.of("to", "QUALIFIED")).post("api/use-cases/" + id + "/transitions").then().statusCode(422)
        .body("type", equalTo("urn:vigie:problem:business-rule"))
        .body("violations.field", containsInAnyOrder("gate.card.currentProcess", "gate.card.gains",
            "gate.card.jobFunctions", "gate.card.volumetry", "gate.card.dataAndSystems", "gate.card.category"))
        .body("violations.find { it.field == 'gate.card.volumetry' }.message", containsString("volumétrie"));
    // nothing changed
    Api.as(base, Api.VIEWER).get("api/use-cases/" + id).then().header("ETag", "\"0\"").body("stage", equalTo("IDENTIFIED"));
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(complete("Porte qualifiée"))
        .put("api/use-cases/" + id).then().statusCode(200);
    move(id, 1, "QUALIFIED", "Fiche complète, revue en comité.");
    // prioritising needs a complete rating: none yet
    Api.as(base, Api.INNOVATION).header("If-Match", "\"2\"").body(Map.of("to", "PRIORITISED"))
        .post("api/use-cases/" + id + "/transitions").then().statusCode(422)
        .body("violations.field", equalTo(List.of("gate.rating")));
    // a jump the pipeline does not allow is a conflict naming the allowed stages
    Api.as(base, Api.INNOVATION).header("If-Match", "\"2\"").body(Map.of("to", "PRODUCTION"))
        .post("api/use-cases/" + id + "/transitions").then().statusCode(409)
        .body("type", equalTo("urn:vigie:problem:illegal-transition"))
        .body("violations[0].message", containsString("PRIORITISED"));
  }

  @Test
  void productionNeedsALinkedSystem() {
    // the demo set holds a use case in test with no SIA yet (its ratings come with the scoring demo data)
    var inTest = Api.as(base, Api.VIEWER).queryParam("stage", "TEST").queryParam("q", "Reconnaissance vocale")
        .get("api/use-cases").then().statusCode(200).extract().jsonPath();
    assertThat(inTest.getInt("total")).as("demo use case in test").isEqualTo(1);
    long id = inTest.getLong("items[0].id");
    long version = inTest.getLong("items[0].version");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"" + version + "\"").body(Map.of("to", "PRODUCTION"))
        .post("api/use-cases/" + id + "/transitions").then().statusCode(422)
        .body("violations.field", hasItem("gate.aiSystem"));
  }

  @Test
  void everyTransitionIsRecordedWithTheTimeSpentPerStage() {
    long id = create(Api.INNOVATION, complete("Historique " + UUID.randomUUID())).getLong("id");
    move(id, 0, "QUALIFIED", "Qualifié en atelier.");
    move(id, 1, "IDENTIFIED", "À retravailler.");
    move(id, 2, "ON_HOLD", null);
    var history = Api.as(base, Api.VIEWER).get("api/use-cases/" + id + "/transitions").then().statusCode(200)
        .body("transitions.to", equalTo(List.of("QUALIFIED", "IDENTIFIED", "ON_HOLD")))
        .body("transitions.from", equalTo(List.of("IDENTIFIED", "QUALIFIED", "IDENTIFIED")))
        .body("transitions.actor", equalTo(List.of("innovation", "innovation", "innovation")))
        .body("transitions[0].comment", equalTo("Qualifié en atelier."))
        .body("stays.stage", equalTo(List.of("IDENTIFIED", "QUALIFIED", "IDENTIFIED", "ON_HOLD")))
        .body("stays[3].leftAt", nullValue())
        .extract().jsonPath();
    // each stay lasts from its entry to the next transition; identified sums its two stays
    List<Map<String, Object>> stays = history.getList("stays");
    List<Map<String, Object>> transitions = history.getList("transitions");
    for (int i = 0; i < 3; i++) {
      assertThat(stays.get(i).get("leftAt")).isEqualTo(transitions.get(i).get("occurredAt"));
      assertThat(stays.get(i + 1).get("enteredAt")).isEqualTo(transitions.get(i).get("occurredAt"));
      long seconds = Duration.between(Instant.parse((String) stays.get(i).get("enteredAt")),
          Instant.parse((String) stays.get(i).get("leftAt"))).toSeconds();
      assertThat(((Number) stays.get(i).get("seconds")).longValue()).isEqualTo(seconds);
    }
    long identified = ((Number) stays.get(0).get("seconds")).longValue() + ((Number) stays.get(2).get("seconds")).longValue();
    assertThat(history.getLong("timePerStage.find { it.stage == 'IDENTIFIED' }.seconds")).isEqualTo(identified);
    assertThat(history.getList("timePerStage.stage")).containsExactly("IDENTIFIED", "QUALIFIED", "ON_HOLD");
    Api.as(base, Api.VIEWER).get("api/use-cases/" + id).then().body("stage", equalTo("ON_HOLD"))
        .body("nextStages", hasItem("STUDY")).body("nextStages", not(hasItem("PRODUCTION")));
  }

  @Test
  void aDuplicateNamesItsOriginalAndBothKeepTheirHistory() {
    long original = create(Api.INNOVATION, minimal("Original " + UUID.randomUUID())).getLong("id");
    long copy = create(CONTRIBUTOR, minimal("Copie " + UUID.randomUUID())).getLong("id");
    move(original, 0, "ON_HOLD", "En attente du comité.");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(Map.of("to", "DUPLICATE"))
        .post("api/use-cases/" + copy + "/transitions").then().statusCode(400)
        .body("violations[0].field", equalTo("duplicateOf"));
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(Map.of("to", "DUPLICATE", "duplicateOf", copy))
        .post("api/use-cases/" + copy + "/transitions").then().statusCode(400);
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(Map.of("to", "ON_HOLD", "duplicateOf", original))
        .post("api/use-cases/" + copy + "/transitions").then().statusCode(400);
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"")
        .body(Map.of("to", "DUPLICATE", "duplicateOf", original, "comment", "Même besoin que l'original."))
        .post("api/use-cases/" + copy + "/transitions").then().statusCode(200)
        .body("stage", equalTo("DUPLICATE")).body("duplicateOf.id", equalTo((int) original));
    Api.as(base, Api.VIEWER).get("api/use-cases/" + original).then()
        .body("duplicates.id", equalTo(List.of((int) copy)));
    Api.as(base, Api.VIEWER).get("api/use-cases/" + original + "/transitions").then()
        .body("transitions.to", equalTo(List.of("ON_HOLD")));
    Api.as(base, Api.VIEWER).get("api/use-cases/" + copy + "/transitions").then()
        .body("transitions.to", equalTo(List.of("DUPLICATE")));
    // the original cannot be deleted while its duplicate names it
    Api.as(base, Api.INNOVATION).header("If-Match", "\"1\"").delete("api/use-cases/" + original).then()
        .statusCode(409);
    // a duplicate of a duplicate is refused
    long third = create(Api.INNOVATION, minimal("Tiers " + UUID.randomUUID())).getLong("id");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(Map.of("to", "DUPLICATE", "duplicateOf", copy))
        .post("api/use-cases/" + third + "/transitions").then().statusCode(400);
  }

  @Test
  void theSystemIsCreatedFromTheCardInOneStepOrNotAtAll() {
    String title = "Vers le registre " + UUID.randomUUID();
    var card = complete(title);
    card.put("tags", List.of("courriers"));
    long id = create(Api.INNOVATION, card).getLong("id");
    Map<String, Object> body = new HashMap<>(Map.of("accountableOwner", "Dr Bernard"));
    Api.as(base, Api.INNOVATION).body(body).post("api/use-cases/" + id + "/ai-system").then().statusCode(428);
    // the register refuses a high-risk route without its annex III point: nothing is kept
    Map<String, Object> refused = new HashMap<>(body);
    refused.put("aiActRoute", "HIGH_RISK_ANNEX_III");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(refused)
        .post("api/use-cases/" + id + "/ai-system").then().statusCode(400)
        .body("violations[0].field", equalTo("annexIiiPoint"));
    Api.as(base, Api.VIEWER).queryParam("q", title).get("api/ai-systems").then().body("total", equalTo(0));
    Api.as(base, Api.VIEWER).get("api/use-cases/" + id).then().header("ETag", "\"0\"").body("aiSystems", equalTo(List.of()));
    Api.as(base, Api.VIEWER).header("If-Match", "\"0\"").body(body).post("api/use-cases/" + id + "/ai-system")
        .then().statusCode(403);

    var created = Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(body)
        .post("api/use-cases/" + id + "/ai-system").then().statusCode(201)
        .header("Location", containsString("/api/ai-systems/"))
        .header("ETag", "\"1\"")
        .extract().jsonPath();
    long systemId = created.getLong("aiSystemId");
    assertThat(created.getList("useCase.aiSystems.id")).containsExactly((int) systemId);
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + systemId).then().statusCode(200)
        .body("name", equalTo(title)).body("category", equalTo("GENERATIVE_AI"))
        .body("accountableOwner", equalTo("Dr Bernard")).body("responsibleService", equalTo("Cardiologie"))
        .body("intendedPurpose", containsString("assistant rédige")).body("tags", equalTo(List.of("courriers")))
        .body("status", equalTo("IDEA"));
    // a linked use case is not deleted
    Api.as(base, Api.INNOVATION).header("If-Match", "\"1\"").delete("api/use-cases/" + id).then().statusCode(409);
    // without a category the register cannot be prefilled
    long bare = create(Api.INNOVATION, minimal("Sans catégorie " + UUID.randomUUID())).getLong("id");
    Api.as(base, Api.INNOVATION).header("If-Match", "\"0\"").body(body).post("api/use-cases/" + bare + "/ai-system")
        .then().statusCode(422).body("violations[0].field", equalTo("gate.card.category"));
  }

  @Test
  void aContributorDeletesTheirOwnProposalAndTheHistoryStays() {
    long id = create(CONTRIBUTOR, minimal("À supprimer " + UUID.randomUUID())).getLong("id");
    Api.as(base, Api.VIEWER).header("If-Match", "\"0\"").delete("api/use-cases/" + id).then().statusCode(403);
    Api.as(base, CONTRIBUTOR).delete("api/use-cases/" + id).then().statusCode(428);
    Api.as(base, CONTRIBUTOR).header("If-Match", "\"0\"").delete("api/use-cases/" + id).then().statusCode(204);
    Api.as(base, Api.VIEWER).get("api/use-cases/" + id).then().statusCode(404);
    Api.as(base, Api.ADMIN).get("api/use-cases/" + id + "/history").then().statusCode(200)
        .body("items[0].action", equalTo("DELETED"));
  }

  @Test
  void theListExportsAsCsvAndXlsxAndACardPrintsAsAnA4Pdf() {
    String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);
    var card = complete("=HYPERLINK(\"http://x\") " + tag);
    card.put("tags", List.of(tag));
    long id = create(Api.INNOVATION, card).getLong("id");
    byte[] csv = Api.as(base, Api.VIEWER).accept("text/csv").queryParam("tag", tag).queryParam("format", "csv")
        .get("api/use-cases/export").then().statusCode(200)
        .header("Content-Disposition", containsString("cas-usage-")).extract().asByteArray();
    String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFN°;Titre;Étape");
    // the formula is neutralised, the estimate exported as a number
    assertThat(text).contains("'=HYPERLINK").contains("1654.7").contains("Identifié");
    assertThat(text.split("\r\n")).hasSize(2);
    byte[] xlsx = Api.as(base, Api.VIEWER).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .queryParam("tag", tag).queryParam("format", "xlsx").queryParam("lang", "en").get("api/use-cases/export")
        .then().statusCode(200).header("Content-Disposition", containsString("use-cases-")).extract().asByteArray();
    assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    Api.as(base, Api.VIEWER).queryParam("format", "pdf").get("api/use-cases/export").then().statusCode(400)
        .body("violations[0].field", equalTo("format"));

    byte[] pdf = Api.as(base, Api.VIEWER).accept("application/pdf").get("api/use-cases/" + id + "/card.pdf").then()
        .statusCode(200).contentType("application/pdf").extract().asByteArray();
    String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF-").contains("/MediaBox[0 0 595 842]");
    Api.as(base, Api.VIEWER).accept("application/pdf").get("api/use-cases/987654321/card.pdf").then().statusCode(404);
  }
}
