package fr.vigie.aisystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.vigie.Api;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
public class AiSystemsIT {

  @ArquillianResource URL base;

  /** A complete, valid body; each test changes what it is about. */
  public static Map<String, Object> validSystem(String name) {
    Map<String, Object> s = new HashMap<>();
    s.put("name", name);
    s.put("shortDescription", "Résume les comptes rendus de consultation.");
    s.put("intendedPurpose", "Gagner du temps médical.");
    s.put("accountableOwner", "Dr Martin");
    s.put("category", "GENERATIVE_AI");
    s.put("inHouse", true);
    s.put("selfLearning", false);
    s.put("automationLevel", "DECISION_SUPPORT");
    s.put("medicalDeviceClass", "NOT_MEDICAL_DEVICE");
    s.put("aiActRole", "DEPLOYER");
    s.put("aiActRoute", "MINIMAL");
    s.put("aiActJustification", "Aide rédactionnelle relue par le médecin.");
    s.put("personalData", true);
    s.put("healthData", true);
    s.put("hosting", "ON_PREMISES");
    s.put("dataLocation", "FRANCE");
    s.put("dpiaStatus", "IN_PROGRESS");
    s.put("status", "PILOT");
    s.put("tags", List.of("LLM", "test"));
    return s;
  }

  private io.restassured.response.ExtractableResponse<io.restassured.response.Response> create(Map<String, Object> body) {
    return Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(201).extract();
  }

  @Test
  void qualityTeamRegistersASystemAndReadsItBackWithItsETag() {
    String name = "Synthèse " + UUID.randomUUID();
    var created = create(validSystem(name));
    assertThat(created.header("Location")).contains("/api/ai-systems/");
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    long id = created.jsonPath().getLong("id");

    Api.as(base, Api.VIEWER).get("api/ai-systems/" + id).then().statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo(name))
        .body("tags", equalTo(List.of("LLM", "test")))
        .body("statusChangedOn", notNullValue())
        .body("outOfScopeUses", equalTo(null))
        .body("demo", equalTo(false));
  }

  @Test
  void missingAndTooLongFieldsAreNamedOneByOne() {
    var body = validSystem("x".repeat(151));
    body.remove("accountableOwner");
    body.put("shortDescription", "y".repeat(351));
    Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:validation-error"))
        .body("violations.field", hasItems("name", "shortDescription", "accountableOwner"));
  }

  @Test
  void unknownEnumValueWrongTypeAndMalformedJsonAre400NamingTheField() {
    var body = validSystem("Enum " + UUID.randomUUID());
    body.put("category", "QUANTUM");
    Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("category"))
        .body("violations[0].message", containsString("GENERATIVE_AI"));
    body.put("category", "NLP");
    body.put("logRetentionMonths", "six");
    Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("logRetentionMonths"));
    Api.as(base, Api.QUALITY).body("{\"name\": ").post("api/ai-systems").then().statusCode(400)
        .body("type", equalTo("urn:vigie:problem:malformed-request"))
        .body(not(containsString("jackson")));
  }

  @Test
  void crossFieldRulesAreFieldViolationsAndHighRiskLogRetentionIsABusinessRule() {
    var body = validSystem("Règles " + UUID.randomUUID());
    body.put("inHouse", false);
    body.put("medicalDeviceClass", "MDR_IIB");
    body.put("dpiaStatus", "COMPLETED");
    Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
        .body("violations.field", hasItems("supplier", "ceCertificateReference", "dpiaReference"));

    body = validSystem("Haut risque " + UUID.randomUUID());
    body.put("aiActRoute", "HIGH_RISK_ANNEX_III");
    body.put("annexIiiPoint", "5(d)");
    body.put("logRetentionMonths", 3);
    Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(422)
        .body("type", equalTo("urn:vigie:problem:business-rule"))
        .body("detail", containsString("Art. 26(6)"));
  }

  @Test
  void fieldErrorsSpeakFrenchToAFrenchBrowser() {
    var body = validSystem("");
    body.put("inHouse", false);
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").body(body)
        .post("api/ai-systems").then().statusCode(400)
        .body("violations.find { it.field == 'name' }.message", equalTo("champ obligatoire"));
    body.put("name", "Fournisseur manquant " + UUID.randomUUID());
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").body(body)
        .post("api/ai-systems").then().statusCode(400)
        .body("violations.find { it.field == 'supplier' }.message", containsString("sauf si le système est développé en interne"));
  }

  @Test
  void readOnlyRolesCannotWrite() {
    Api.as(base, Api.VIEWER).body(validSystem("Refus " + UUID.randomUUID())).post("api/ai-systems")
        .then().statusCode(403).contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:forbidden"));
  }

  @Test
  void updatesNeedTheCurrentETagSoNobodyOverwritesAnotherUsersChange() {
    var body = validSystem("Concurrence " + UUID.randomUUID());
    long id = create(body).jsonPath().getLong("id");
    String path = "api/ai-systems/" + id;

    Api.as(base, Api.QUALITY).body(body).put(path).then().statusCode(428)
        .body("type", equalTo("urn:vigie:problem:if-match-required"));

    body.put("status", "PRODUCTION");
    String etag = Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put(path)
        .then().statusCode(200).body("status", equalTo("PRODUCTION")).extract().header("ETag");
    assertThat(etag).isEqualTo("\"1\"");

    body.put("knownLimitations", "Second user's edit based on the old version");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412)
        .body("type", equalTo("urn:vigie:problem:stale-version"));
    Api.as(base, Api.VIEWER).get(path).then().body("status", equalTo("PRODUCTION"))
        .body("knownLimitations", equalTo(null));
  }

  @Test
  void historyListsWhoChangedWhichFieldWithBeforeAndAfter() {
    var body = validSystem("Historique " + UUID.randomUUID());
    long id = create(body).jsonPath().getLong("id");
    body.put("status", "PRODUCTION");
    body.put("accountableOwner", "Dr Durand");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id).then().statusCode(200);

    var history = Api.as(base, Api.VIEWER).get("api/ai-systems/" + id + "/history").then().statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].action", equalTo("UPDATED"))
        .body("items[0].actor", equalTo("qualite"))
        .body("items[1].action", equalTo("CREATED"))
        .extract().jsonPath();
    List<Map<String, String>> changes = history.getList("items[0].changes");
    assertThat(changes).contains(
        Map.of("field", "accountableOwner", "before", "Dr Martin", "after", "Dr Durand"),
        Map.of("field", "status", "before", "PILOT", "after", "PRODUCTION"));
    assertThat(changes).extracting(c -> c.get("field")).doesNotContain("version", "updatedAt");
  }

  @Test
  void aNewStatusSentBackWithTheOldDateIsDatedTodayInTheHospitalCalendar() {
    var body = validSystem("Statut depuis " + UUID.randomUUID());
    body.put("statusChangedOn", "2025-01-15");
    long id = create(body).jsonPath().getLong("id");
    String path = "api/ai-systems/" + id;
    Api.as(base, Api.VIEWER).get(path).then().body("statusChangedOn", equalTo("2025-01-15"));

    // the web form sends the record back as it read it, with only the status changed
    body.put("status", "PRODUCTION");
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(200)
        .body("status", equalTo("PRODUCTION"))
        .body("statusChangedOn", equalTo(today));
    List<Map<String, String>> changes = Api.as(base, Api.VIEWER).get(path + "/history").then()
        .extract().jsonPath().getList("items[0].changes");
    assertThat(changes).contains(Map.of("field", "statusChangedOn", "before", "2025-01-15", "after", today));

    // an explicit date for the same status corrects it
    body.put("statusChangedOn", "2025-02-01");
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(body).put(path).then().statusCode(200)
        .body("statusChangedOn", equalTo("2025-02-01"));
  }

  @Test
  void problemDetailsSpeakTheCallersLanguage() {
    var body = validSystem("");
    body.remove("accountableOwner");
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").body(body).post("api/ai-systems").then()
        .statusCode(400).body("detail", equalTo("2 champs sont invalides"))
        .body("violations.message", everyItem(equalTo("champ obligatoire")));
    Api.as(base, Api.QUALITY).header("Accept-Language", "en").body(body).post("api/ai-systems").then()
        .statusCode(400).body("detail", equalTo("2 fields are invalid"))
        .body("violations.message", everyItem(equalTo("required")));
    body.put("name", "Trop long " + UUID.randomUUID());
    body.put("accountableOwner", "Dr Martin");
    body.put("shortDescription", "y".repeat(351));
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").body(body).post("api/ai-systems").then()
        .statusCode(400).body("violations[0].message", equalTo("350 caractères au plus"));
    // the sign-in form too (an empty form used to answer in English)
    Api.anonymous(base).header("Accept-Language", "fr").body(Map.of("username", "", "password", ""))
        .post("api/session").then().statusCode(400).body("detail", equalTo("2 champs sont invalides"))
        .body("violations.field", hasItems("username", "password"));
  }

  @Test
  void aRefusedUpdateChangesNothingAndWritesNoHistory() {
    var body = validSystem("Atomique " + UUID.randomUUID());
    long id = create(body).jsonPath().getLong("id");
    body.put("name", "Nom modifié " + UUID.randomUUID());
    body.put("hosting", "HDS_HOST"); // without hostName: refused
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id)
        .then().statusCode(400).body("violations.field", hasItem("hostName"));
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + id).then().header("ETag", "\"0\"")
        .body("name", containsString("Atomique"));
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + id + "/history").then().body("total", equalTo(1));
  }

  @Test
  void listFiltersCombineAndBadParametersAre400() {
    String tag = "filtre-" + UUID.randomUUID().toString().substring(0, 8);
    var device = validSystem("DM " + tag);
    device.put("inHouse", false);
    device.put("supplier", "Fabricant");
    device.put("medicalDeviceClass", "MDR_IIA");
    device.put("ceCertificateReference", "CE-1");
    device.put("aiActRoute", "HIGH_RISK_ANNEX_I");
    device.put("status", "PRODUCTION");
    device.put("nextReviewDate", "2020-01-01");
    create(device);
    create(validSystem("Outil " + tag));

    Api.as(base, Api.VIEWER).queryParam("q", tag).get("api/ai-systems").then().statusCode(200)
        .body("total", equalTo(2));
    Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("medicalDevice", "true").get("api/ai-systems")
        .then().body("total", equalTo(1)).body("items[0].name", equalTo("DM " + tag))
        .body("items[0].reviewOverdue", equalTo(true));
    Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("reviewOverdue", "true").queryParam("status", "PRODUCTION")
        .queryParam("aiActRoute", "HIGH_RISK_ANNEX_I").get("api/ai-systems")
        .then().body("total", equalTo(1));
    Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("category", "COMPUTER_VISION").get("api/ai-systems")
        .then().body("total", equalTo(0));

    Api.as(base, Api.VIEWER).queryParam("size", 1000).get("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("size"));
    Api.as(base, Api.VIEWER).queryParam("sort", "password").get("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("sort"));
    Api.as(base, Api.VIEWER).queryParam("medicalDevice", "maybe").get("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("medicalDevice"));
    Api.as(base, Api.VIEWER).queryParam("page", "abc").get("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("page"));
    Api.as(base, Api.VIEWER).queryParam("establishmentId", "abc").get("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("establishmentId"));
    Api.as(base, Api.VIEWER).queryParam("status", "FOO").get("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("status")).body("detail", containsString("PRODUCTION"));
    Api.as(base, Api.VIEWER).queryParam("q", "x".repeat(201)).get("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("q"));
    Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("size", "").queryParam("page", "").get("api/ai-systems")
        .then().statusCode(200).body("size", equalTo(20)).body("page", equalTo(0)).body("total", equalTo(2));
  }

  /** List rows are rendered once and reused: a committed change must still show at once. */
  @Test
  void theListShowsEachCommittedChangeAtOnce() {
    String tag = "suivi-" + UUID.randomUUID().toString().substring(0, 8);
    String finess = "54" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    long establishment = Api.as(base, Api.QUALITY)
        .body(Map.of("name", "Site " + tag, "shortName", "S-" + tag, "finess", finess, "type", "CH"))
        .post("api/establishments").then().statusCode(201).extract().jsonPath().getLong("id");
    var body = validSystem("Avant " + tag);
    body.put("establishmentIds", List.of(establishment));
    long id = create(body).jsonPath().getLong("id");
    Api.as(base, Api.VIEWER).queryParam("q", tag).get("api/ai-systems").then().body("items[0].name", equalTo("Avant " + tag))
        .body("items[0].status", equalTo("PILOT")).body("items[0].establishments[0].shortName", equalTo("S-" + tag));

    body.put("name", "Après " + tag);
    body.put("status", "PRODUCTION");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id).then().statusCode(200);
    Api.as(base, Api.VIEWER).queryParam("q", tag).get("api/ai-systems").then()
        .body("items[0].name", equalTo("Après " + tag)).body("items[0].status", equalTo("PRODUCTION"));

    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"")
        .body(Map.of("name", "Site renommé " + tag, "shortName", "R-" + tag, "finess", finess, "type", "CH"))
        .put("api/establishments/" + establishment).then().statusCode(200);
    Api.as(base, Api.VIEWER).queryParam("q", tag).get("api/ai-systems").then()
        .body("items[0].establishments[0].shortName", equalTo("R-" + tag));

    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").delete("api/ai-systems/" + id).then().statusCode(204);
    Api.as(base, Api.VIEWER).queryParam("q", tag).get("api/ai-systems").then()
        .body("total", equalTo(0)).body("items", equalTo(List.of()));
  }

  @Test
  void pagesAreSortedAndCarryTheTotal() {
    String tag = "page-" + UUID.randomUUID().toString().substring(0, 8);
    for (String letter : List.of("C", "A", "B")) {
      create(validSystem(letter + " " + tag));
    }
    Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("size", 2).queryParam("sort", "-name")
        .get("api/ai-systems").then().body("total", equalTo(3))
        .body("items.name", equalTo(List.of("C " + tag, "B " + tag)));
    Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-name")
        .get("api/ai-systems").then().body("items.name", equalTo(List.of("A " + tag)));
  }

  @Test
  void unknownIdIs404AndDeleteNeedsTheETag() {
    Api.as(base, Api.VIEWER).get("api/ai-systems/999999").then().statusCode(404)
        .body("type", equalTo("urn:vigie:problem:not-found"));
    long id = create(validSystem("Suppression " + UUID.randomUUID())).jsonPath().getLong("id");
    Api.as(base, Api.QUALITY).delete("api/ai-systems/" + id).then().statusCode(428);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/ai-systems/" + id).then().statusCode(204);
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + id).then().statusCode(404);
  }

  @Test
  void csvExportOpensInFrenchExcelAndFollowsTheFilters() {
    String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);
    var body = validSystem("=HYPERLINK(\"x\") " + tag);
    create(body);
    byte[] csv = Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("format", "csv")
        .get("api/ai-systems/export").then().statusCode(200)
        .header("Content-Disposition", containsString(".csv"))
        .extract().asByteArray();
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    assertThat(csv[1]).isEqualTo((byte) 0xBB);
    assertThat(csv[2]).isEqualTo((byte) 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    String[] lines = text.split("\r\n");
    assertThat(lines).hasSize(2);
    // the same words as the interface (one vocabulary: docs/glossary.md)
    assertThat(lines[0]).startsWith("Identifiant;Nom du système;Description courte;Statut;Date d’effet du statut");
    assertThat(lines[0]).contains("Régime AI Act").doesNotContain("Route");
    assertThat(lines[1]).contains("'=HYPERLINK").contains("Expérimentation").contains("IA générative");
    assertThat(lines[0]).contains(";Statut de surveillance;Motifs du statut de surveillance;");
    assertThat(lines[1]).contains(";Sans plan de surveillance;");
  }

  @Test
  void xlsxExportHasOneRowPerSystemAndBadFormatIs400() throws Exception {
    String tag = "xlsx-" + UUID.randomUUID().toString().substring(0, 8);
    create(validSystem("Un " + tag));
    create(validSystem("Deux " + tag));
    byte[] xlsx = Api.as(base, Api.VIEWER).queryParam("q", tag).queryParam("format", "xlsx").queryParam("lang", "en")
        .get("api/ai-systems/export").then().statusCode(200).extract().asByteArray();
    try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).getCellText(1)).isEqualTo("System name");
      assertThat(rows.get(1).getCellText(3)).isEqualTo("Pilot");
      assertThat(List.of(rows.get(1).getCellText(1), rows.get(2).getCellText(1))).containsExactly("Deux " + tag, "Un " + tag);
    }
    Api.as(base, Api.VIEWER).queryParam("format", "pdf").get("api/ai-systems/export").then().statusCode(400)
        .body("violations[0].field", equalTo("format"));
  }

  @Test
  void demoRegisterIsLoadedAndMarked() {
    Api.as(base, Api.VIEWER).queryParam("size", 200).get("api/ai-systems").then().statusCode(200)
        .body("items.findAll { it.demo }.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(12))
        .body("items.findAll { it.demo }.establishments.flatten().shortName", everyItem(notNullValue()));
  }
}
