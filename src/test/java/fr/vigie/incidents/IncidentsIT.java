package fr.vigie.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.vigie.Api;
import fr.vigie.aisystems.AiSystemsIT;
import fr.vigie.incidents.control.RulePredicate;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The incident register over HTTP: the routing of realistic incidents with every deadline computed by hand, the
 * follow-up of duties and status with If-Match, what must not change, roles, validation, the log export.
 * Awareness is never in the future, so the AI Act duties (in force from 2 Dec 2027 / 2 Aug 2028, V051) show as not
 * applicable here; their 15/10/2-day deadlines are checked in RoutingTest.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentsIT {

  private static final String INCIDENTS = "api/incidents";

  @ArquillianResource URL base;

  static Map<String, Object> system(String name, String route, String device, String role) {
    var s = AiSystemsIT.validSystem(name + " " + UUID.randomUUID());
    s.put("aiActRoute", route);
    s.put("aiActRole", role);
    s.put("medicalDeviceClass", device);
    if (!device.equals("NOT_MEDICAL_DEVICE")) {
      s.put("inHouse", false);
      s.put("supplier", "Éditeur");
      s.put("ceCertificateReference", "CE-0123");
    }
    if (route.startsWith("HIGH_RISK")) {
      s.put("logRetentionMonths", 12);
    }
    if (route.equals("HIGH_RISK_ANNEX_III")) {
      s.put("annexIiiPoint", "5(d)");
    }
    return s;
  }

  long createSystem(Map<String, Object> s) {
    return Api.as(base, Api.QUALITY).body(s).post("api/ai-systems").then().statusCode(201).extract().jsonPath()
        .getLong("id");
  }

  static Map<String, Object> incident(long system, String awareAt, String harm, String health) {
    Map<String, Object> i = new HashMap<>();
    i.put("aiSystemId", system);
    i.put("awareAt", awareAt);
    i.put("description", "Incident de test");
    i.put("harm", harm);
    i.put("healthConsequence", health);
    i.put("personalDataBreach", false);
    i.put("securityIncident", false);
    i.put("useSuspended", false);
    return i;
  }

  long biasReview(long system) {
    Map<String, Object> review = new HashMap<>();
    review.put("aiSystemId", system);
    review.put("kind", "QUALITATIVE");
    review.put("reviewedOn", "2026-10-30");
    review.put("reviewers", List.of("Cellule qualité"));
    review.put("findings", "Délais de rendez-vous plus longs proposés aux patients non francophones.");
    review.put("outcome", "NOT_ACCEPTABLE");
    return Api.as(base, Api.QUALITY).body(review).post("api/bias-reviews").then().statusCode(201).extract()
        .jsonPath().getLong("id");
  }

  JsonPath declare(Map<String, Object> incident) {
    return Api.as(base, Api.QUALITY).body(incident).post(INCIDENTS).then().statusCode(201).extract().jsonPath();
  }

  /** The duties as "KIND RULE STATE DEADLINE" lines, in routing order. */
  static List<String> duties(JsonPath incident) {
    List<Map<String, Object>> duties = incident.getList("duties");
    return duties.stream().map(d -> d.get("kind") + " " + d.get("ruleCode") + " " + d.get("state") + " "
        + (d.get("deadlineAt") == null ? "-" : Instant.parse((String) d.get("deadlineAt")))).toList();
  }

  @Test
  void triageThatUnderTriagesWithASeriousDeteriorationIsAnEigsAndAnInternalEventAiActNotYetInForce() {
    long triage = createSystem(system("Tri aux urgences", "HIGH_RISK_ANNEX_III", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    var i = incident(triage, "2026-11-11T14:20:00+01:00", "PATIENT", "SERIOUS_HEALTH_DETERIORATION");
    i.put("occurredAt", "2026-11-11T09:05:00+01:00");
    i.put("description", "Patient classé en tri 4 au lieu de 2 ; prise en charge retardée de 3 h.");
    i.put("useSuspended", true);
    var created = declare(i);
    assertThat(duties(created)).containsExactly(
        "AI_ACT_PROVIDER AI_ACT_PROVIDER_ANNEX_III NOT_APPLICABLE -",
        "AI_ACT_AUTHORITY AI_ACT_MSA_15D_ANNEX_III NOT_APPLICABLE -",
        "SERIOUS_ADVERSE_EVENT EIGS_PART_1 TO_DO 2026-11-11T13:20:00Z",
        "ADVERSE_EVENT_INTERNAL EIAS_INTERNAL TO_DO -");
    assertThat(created.getString("duties[0].notApplicableReason")).contains("2027-12-02");
    assertThat(created.getBoolean("duties[0].automatic")).isTrue();
    assertThat(created.getBoolean("duties[2].overdue")).isTrue();
    assertThat(created.getInt("duties[2].deadlineAmount")).isZero();
    assertThat(created.getString("awareAt")).isEqualTo("2026-11-11T13:20:00Z");
    assertThat(created.getString("occurredAt")).isEqualTo("2026-11-11T08:05:00Z");
    assertThat(created.getBoolean("useSuspended")).isTrue();
    assertThat(created.getString("declaredBy")).isEqualTo(Api.QUALITY);
  }

  @Test
  void aGenAiAssistantLeakingPatientDataIsDueToTheCnilSeventyTwoHoursLaterAcrossTheChangeOfTime() {
    long assistant = createSystem(system("Assistant rédactionnel", "TRANSPARENCY_ART_50", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    var i = incident(assistant, "2026-10-23T10:00:00+02:00", "RIGHTS", "NONE");
    i.put("personalDataBreach", true);
    // 23 Oct 10:00 CEST = 08:00Z; + 72 elapsed hours = 26 Oct 08:00Z, i.e. 09:00 CET after the 25 Oct change.
    assertThat(duties(declare(i))).containsExactly("GDPR_BREACH GDPR_ART_33 TO_DO 2026-10-26T08:00:00Z");
  }

  @Test
  void anImagingDeviceSoftwareErrorWithASeriousDeteriorationGoesToMateriovigilanceWithoutDelay() {
    long imaging = createSystem(system("Détection de nodules", "HIGH_RISK_ANNEX_I", "MDR_IIA", "DEPLOYER"));
    var created = declare(incident(imaging, "2026-09-15T08:45:00+02:00", "PATIENT", "SERIOUS_HEALTH_DETERIORATION"));
    // device AI: harm to health goes through vigilance, not the AI Act (Art. 73(10)): no AI Act duty at all
    assertThat(duties(created)).containsExactly(
        "DEVICE_VIGILANCE MATERIOVIGILANCE_R5212_14 TO_DO 2026-09-15T06:45:00Z",
        "SERIOUS_ADVERSE_EVENT EIGS_PART_1 TO_DO 2026-09-15T06:45:00Z",
        "ADVERSE_EVENT_INTERNAL EIAS_INTERNAL TO_DO -");
    assertThat(created.getString("duties[0].addressee")).isEqualTo(
        "Local materiovigilance correspondent, who forwards to ANSM and informs the manufacturer");
    assertThat(created.getString("duties[0].legalBasis")).contains("R5212-14");
  }

  @Test
  void ransomwareAtTheVendorHostingTheModelIsASecurityIncidentAndABreach() {
    var s = system("Score de sepsis hébergé", "MINIMAL", "NOT_MEDICAL_DEVICE", "DEPLOYER");
    s.put("hosting", "HDS_HOST");
    s.put("hostName", "Hébergeur HDS");
    long hosted = createSystem(s);
    var i = incident(hosted, "2026-11-30T22:10:00+01:00", "OPERATIONS", "NONE");
    i.put("personalDataBreach", true);
    i.put("securityIncident", true);
    // 30 Nov 22:10 CET = 21:10Z; + 72 h = 3 Dec 21:10Z; the security incident is due without delay.
    assertThat(duties(declare(i))).containsExactly(
        "GDPR_BREACH GDPR_ART_33 TO_DO 2026-12-03T21:10:00Z",
        "IS_SECURITY CSP_SECURITY_INCIDENT TO_DO 2026-11-30T21:10:00Z");
  }

  @Test
  void aBiasFindingWithoutHarmHasNoDutyAndItsReviewMustBeOfTheSameSystem() {
    long scoring = createSystem(system("Priorisation des rendez-vous", "HIGH_RISK_ANNEX_III", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    long review = biasReview(scoring);
    long other = biasReview(createSystem(system("Autre système", "MINIMAL", "NOT_MEDICAL_DEVICE", "DEPLOYER")));
    var i = incident(scoring, "2026-11-02T09:00:00+01:00", "NONE", "NONE");
    i.put("biasReviewId", review);
    var created = declare(i);
    assertThat(duties(created)).isEmpty();
    assertThat(created.getLong("biasReviewId")).isEqualTo(review);

    i.put("biasReviewId", other);
    i.put("monitoringAlertId", 987654321);
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").body(i).post(INCIDENTS).then().statusCode(400)
        .body("violations.field", hasItems("biasReviewId", "monitoringAlertId"))
        .body("violations.find { it.field == 'biasReviewId' }.message", equalTo("concerne un autre système d’IA que l’incident"));
  }

  @Test
  void aDeathOnAHighRiskSystemIsAnEigsWithoutDelayAndNamesTheTenDayAiActRule() {
    long triage = createSystem(system("Régulation SAMU", "HIGH_RISK_ANNEX_III", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    var created = declare(incident(triage, "2026-12-01T07:05:00+01:00", "PATIENT", "DEATH"));
    assertThat(duties(created)).containsExactly(
        "AI_ACT_PROVIDER AI_ACT_PROVIDER_ANNEX_III NOT_APPLICABLE -",
        "AI_ACT_AUTHORITY AI_ACT_MSA_10D_ANNEX_III NOT_APPLICABLE -",
        "SERIOUS_ADVERSE_EVENT EIGS_PART_1 TO_DO 2026-12-01T06:05:00Z",
        "ADVERSE_EVENT_INTERNAL EIAS_INTERNAL TO_DO -");
  }

  @Test
  void aWidespreadInfringementNamesTheTwoDayAiActRule() {
    long eligibility = createSystem(system("Éligibilité aux aides", "HIGH_RISK_ANNEX_III", "NOT_MEDICAL_DEVICE", "PROVIDER"));
    var i = incident(eligibility, "2026-11-20T16:00:00+01:00", "RIGHTS", "NONE");
    i.put("widespreadInfringement", true);
    // the hospital is the provider: no duty to inform a provider
    assertThat(duties(declare(i))).containsExactly("AI_ACT_AUTHORITY AI_ACT_MSA_2D_ANNEX_III NOT_APPLICABLE -");
  }

  @Test
  void aNonHighRiskChatbotWithoutHarmHasNoDutyAndClosesAtOnce() {
    long chatbot = createSystem(system("Agent conversationnel d’accueil", "TRANSPARENCY_ART_50", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    var created = declare(incident(chatbot, "2026-11-25T11:00:00+01:00", "NONE", "NONE"));
    assertThat(duties(created)).isEmpty();
    long id = created.getLong("id");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("status", "CLOSED", "comment", "Réponse hors sujet corrigée."))
        .post(INCIDENTS + "/" + id + "/status").then().statusCode(200)
        .body("status", equalTo("CLOSED")).body("closingComment", equalTo("Réponse hors sujet corrigée."));
  }

  @Test
  void dutiesAreSettledWithIfMatchTheIncidentMovesForwardAndAClosedIncidentNoLongerChanges() {
    long hosted = createSystem(system("Transcription", "MINIMAL", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    String aware = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(1)).toString();
    var i = incident(hosted, aware, "RIGHTS", "NONE");
    i.put("personalDataBreach", true);
    i.put("securityIncident", true);
    var created = declare(i);
    long id = created.getLong("id");
    long gdpr = created.getLong("duties.find { it.kind == 'GDPR_BREACH' }.id");
    long security = created.getLong("duties.find { it.kind == 'IS_SECURITY' }.id");
    assertThat(created.getBoolean("duties.find { it.kind == 'GDPR_BREACH' }.overdue")).isFalse();
    assertThat(created.getBoolean("duties.find { it.kind == 'IS_SECURITY' }.overdue")).isTrue();

    // what needs doing: the breach is due soon (in 70 h? no: 72 h − 2 h = 70 h is beyond 48 h), the security one overdue
    Api.as(base, Api.VIEWER).queryParam("due", "overdue").get(INCIDENTS + "/duties").then().statusCode(200)
        .body("items.duty.id", hasItem((int) security));
    Api.as(base, Api.VIEWER).queryParam("due", "soon").get(INCIDENTS + "/duties").then().statusCode(200)
        .body("items.duty.id", org.hamcrest.Matchers.not(hasItem((int) gdpr)));
    Api.as(base, Api.VIEWER).queryParam("due", "later").get(INCIDENTS + "/duties").then().statusCode(400)
        .body("violations[0].field", equalTo("due"));
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", hosted).queryParam("open", true).get(INCIDENTS).then()
        .statusCode(200).body("total", equalTo(1));

    String duty = INCIDENTS + "/" + id + "/duties/" + security;
    String doneAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    Map<String, Object> done = Map.of("state", "DONE", "doneAt", doneAt, "reference", "SIG-2026-0042");
    Api.as(base, Api.QUALITY).body(done).put(duty).then().statusCode(428);
    Api.as(base, Api.QUALITY).header("If-Match", "\"7\"").body(done).put(duty).then().statusCode(412);
    Api.as(base, Api.CONTRIBUTOR).header("If-Match", "\"0\"").body(done).put(duty).then().statusCode(403);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("state", "DONE")).put(duty).then().statusCode(400)
        .body("violations.field", hasItems("doneAt", "reference"));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("state", "NOT_APPLICABLE")).put(duty).then()
        .statusCode(400).body("violations.field", hasItem("reason"));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("state", "DONE", "reference", "X",
        "doneAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).put(duty).then().statusCode(400)
        .body("violations[0].field", equalTo("doneAt"));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(done).put(duty).then().statusCode(200)
        .body("duties.find { it.kind == 'IS_SECURITY' }.state", equalTo("DONE"))
        .body("duties.find { it.kind == 'IS_SECURITY' }.reference", equalTo("SIG-2026-0042"))
        .body("duties.find { it.kind == 'IS_SECURITY' }.doneAt", equalTo(doneAt))
        .body("duties.find { it.kind == 'IS_SECURITY' }.version", equalTo(1))
        .body("duties.find { it.kind == 'IS_SECURITY' }.overdue", equalTo(false));

    // a pending duty blocks the notification, naming it
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("status", "NOTIFIED"))
        .post(INCIDENTS + "/" + id + "/status").then().statusCode(422)
        .body("type", equalTo("urn:vigie:problem:business-rule"))
        .body("violations.field", equalTo(List.of("duties.GDPR_BREACH")));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"")
        .body(Map.of("state", "NOT_APPLICABLE", "reason", "Données chiffrées, clé non compromise : risque improbable (art. 33(1))."))
        .put(INCIDENTS + "/" + id + "/duties/" + gdpr).then().statusCode(200);
    Api.as(base, Api.QUALITY).body(Map.of("status", "NOTIFIED")).post(INCIDENTS + "/" + id + "/status").then().statusCode(428);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("status", "NOTIFIED"))
        .post(INCIDENTS + "/" + id + "/status").then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("NOTIFIED"));
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(Map.of("status", "OPEN"))
        .post(INCIDENTS + "/" + id + "/status").then().statusCode(409)
        .body("type", equalTo("urn:vigie:problem:illegal-transition"));
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(Map.of("status", "CLOSED"))
        .post(INCIDENTS + "/" + id + "/status").then().statusCode(400).body("violations[0].field", equalTo("comment"));
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(Map.of("status", "CLOSED", "comment", "Analyse en CREX le 4/12."))
        .post(INCIDENTS + "/" + id + "/status").then().statusCode(200).body("status", equalTo("CLOSED"));

    // closed: facts and duties no longer change
    Api.as(base, Api.QUALITY).header("If-Match", "\"2\"").body(i).put(INCIDENTS + "/" + id).then().statusCode(409);
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(Map.of("state", "TO_DO"))
        .put(duty).then().statusCode(409);
    Api.as(base, Api.VIEWER).queryParam("aiSystemId", hosted).queryParam("open", true).get(INCIDENTS).then()
        .body("total", equalTo(0));
    Api.as(base, Api.VIEWER).get(INCIDENTS + "/" + id + "/history").then().statusCode(200)
        .body("total", equalTo(3)).body("items[0].changes.field", hasItems("status", "closingComment"));
  }

  @Test
  void correctingTheFactsRoutesAgainKeepsWhatWasSettledAndNeverChangesTheSystem() {
    long system = createSystem(system("Aide à la prescription", "MINIMAL", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    var i = incident(system, "2026-11-03T10:00:00+01:00", "PATIENT", "NONE");
    var created = declare(i);
    long id = created.getLong("id");
    assertThat(duties(created)).containsExactly("ADVERSE_EVENT_INTERNAL EIAS_INTERNAL TO_DO -");
    long internal = created.getLong("duties[0].id");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"")
        .body(Map.of("state", "DONE", "doneAt", "2026-11-03T15:00:00+01:00", "reference", "FEI-118"))
        .put(INCIDENTS + "/" + id + "/duties/" + internal).then().statusCode(200);

    i.put("personalDataBreach", true);
    i.put("awareAt", "2026-11-03T09:00:00+01:00");
    Api.as(base, Api.QUALITY).body(i).put(INCIDENTS + "/" + id).then().statusCode(428);
    var corrected = Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(i).put(INCIDENTS + "/" + id).then()
        .statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
    assertThat(duties(corrected)).containsExactly(
        "GDPR_BREACH GDPR_ART_33 TO_DO 2026-11-06T08:00:00Z",
        "ADVERSE_EVENT_INTERNAL EIAS_INTERNAL DONE -");
    assertThat(corrected.getString("duties[1].reference")).isEqualTo("FEI-118");
    assertThat(corrected.getString("declaredBy")).isEqualTo(Api.QUALITY);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(i).put(INCIDENTS + "/" + id).then().statusCode(412);

    i.put("aiSystemId", createSystem(system("Autre", "MINIMAL", "NOT_MEDICAL_DEVICE", "DEPLOYER")));
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(i).put(INCIDENTS + "/" + id).then().statusCode(400)
        .body("violations[0].field", equalTo("aiSystemId"));
  }

  @Test
  void declaringIsOpenToStaffButNotToReadersAndMistakesAreFieldViolations() {
    long system = createSystem(system("Planification", "MINIMAL", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    var i = incident(system, "2026-11-03T10:00:00+01:00", "NONE", "NONE");
    Api.as(base, Api.VIEWER).body(i).post(INCIDENTS).then().statusCode(403);
    Api.as(base, Api.EXECUTIVE).body(i).post(INCIDENTS).then().statusCode(403);
    Api.as(base, Api.CONTRIBUTOR).body(i).post(INCIDENTS).then().statusCode(201).body("declaredBy", equalTo(Api.CONTRIBUTOR));

    var wrong = new HashMap<>(i);
    wrong.put("occurredAt", "2026-11-04T10:00:00+01:00");
    wrong.put("healthConsequence", "DEATH");
    wrong.put("establishmentId", 987654321);
    Api.as(base, Api.QUALITY).body(wrong).post(INCIDENTS).then().statusCode(400)
        .body("type", equalTo("urn:vigie:problem:validation-error"))
        .body("violations.field", hasItems("awareAt", "healthConsequence", "establishmentId"));
    wrong = new HashMap<>(i);
    wrong.put("awareAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
    wrong.put("occurredAt", "1999-12-31T23:00:00Z");
    Api.as(base, Api.QUALITY).body(wrong).post(INCIDENTS).then().statusCode(400)
        .body("violations.field", hasItems("awareAt", "occurredAt"));
    wrong = new HashMap<>(i);
    wrong.remove("harm");
    wrong.remove("healthConsequence");
    wrong.put("description", " ");
    wrong.put("aiSystemId", 987654321);
    Api.as(base, Api.QUALITY).body(wrong).post(INCIDENTS).then().statusCode(400)
        .body("violations.field", hasItems("harm", "healthConsequence", "description"));
    wrong = new HashMap<>(i);
    wrong.put("aiSystemId", 987654321);
    Api.as(base, Api.QUALITY).body(wrong).post(INCIDENTS).then().statusCode(400)
        .body("violations[0].field", equalTo("aiSystemId"));
    wrong = new HashMap<>(i);
    wrong.put("harm", "DEATH");
    Api.as(base, Api.QUALITY).body(wrong).post(INCIDENTS).then().statusCode(400);
    wrong = new HashMap<>(i);
    wrong.put("awareAt", "2026-11-03T10:00:00");
    Api.as(base, Api.QUALITY).body(wrong).post(INCIDENTS).then().statusCode(400);
    Api.as(base, Api.VIEWER).get(INCIDENTS + "/987654321").then().statusCode(404);
    Api.as(base, Api.VIEWER).queryParam("status", "LOST").get(INCIDENTS).then().statusCode(400);
  }

  @Test
  void theRulesAreDataWithSourcesAndValidityAndEveryPredicateIsKnown() {
    var rules = Api.as(base, Api.VIEWER).get("api/incident-rules").then().statusCode(200).extract().jsonPath();
    List<String> predicates = rules.getList("predicate");
    assertThat(predicates).allMatch(p -> RulePredicate.named(p).isPresent());
    assertThat(rules.getInt("find { it.code == 'AI_ACT_MSA_15D_ANNEX_III' }.deadlineAmount")).isEqualTo(15);
    assertThat(rules.getInt("find { it.code == 'AI_ACT_MSA_10D_ANNEX_III' }.deadlineAmount")).isEqualTo(10);
    assertThat(rules.getInt("find { it.code == 'AI_ACT_MSA_2D_ANNEX_III' }.deadlineAmount")).isEqualTo(2);
    assertThat(rules.getString("find { it.code == 'AI_ACT_MSA_2D_ANNEX_III' }.deadlineUnit")).isEqualTo("DAYS");
    assertThat(rules.getString("find { it.code == 'AI_ACT_MSA_15D_ANNEX_III' }.effectiveFrom")).isEqualTo("2027-12-02");
    assertThat(rules.getString("find { it.code == 'AI_ACT_MSA_15D_ANNEX_I' }.effectiveFrom")).isEqualTo("2028-08-02");
    assertThat(rules.getInt("find { it.code == 'GDPR_ART_33' }.deadlineAmount")).isEqualTo(72);
    assertThat(rules.getString("find { it.code == 'GDPR_ART_33' }.deadlineUnit")).isEqualTo("HOURS");
    assertThat(rules.getString("find { it.code == 'GDPR_ART_33' }.sourceUrl")).isEqualTo("https://eur-lex.europa.eu/eli/reg/2016/679/oj");
    assertThat(rules.getString("find { it.code == 'EIAS_INTERNAL' }.deadlineAmount")).isNull();
  }

  @Test
  void theLogExportsAsFrenchPdfAndXlsxWithTheDutiesAndParisTimes() throws Exception {
    long system = createSystem(system("Export journal", "MINIMAL", "NOT_MEDICAL_DEVICE", "DEPLOYER"));
    var i = incident(system, "2026-10-23T10:00:00+02:00", "RIGHTS", "NONE");
    i.put("personalDataBreach", true);
    i.put("description", "Compte rendu envoyé au mauvais patient.");
    long id = declare(i).getLong("id");

    byte[] pdf = Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).get(INCIDENTS + "/export").then()
        .statusCode(200).contentType("application/pdf").extract().asByteArray();
    var reader = new PdfReader(pdf);
    // table cells wrap: compare with the line breaks as spaces
    String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    assertThat(text).contains("Registre des incidents", "Incident n° " + id, "Compte rendu envoyé au mauvais patient.",
        "Notifier la violation de données personnelles à la CNIL", "23/10/2026 10:00", "26/10/2026 09:00", "À faire");
    assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);

    byte[] xlsx = Api.as(base, Api.VIEWER).queryParam("aiSystemId", system).queryParam("format", "xlsx")
        .queryParam("lang", "en").get(INCIDENTS + "/export").then().statusCode(200).extract().asByteArray();
    try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getCellText(4)).isEqualTo("Aware at");
      assertThat(rows.get(1).getCellText(4)).isEqualTo("23/10/2026 10:00");
      assertThat(rows.get(1).getCellText(8)).isEqualTo("Rights of persons");
      var duties = workbook.getSheets().toList().get(1).read();
      assertThat(duties.get(1).getCellText(2)).isEqualTo("Notify the personal data breach to the CNIL");
      assertThat(duties.get(1).getCellText(5)).isEqualTo("26/10/2026 09:00");
    }
    Api.as(base, Api.VIEWER).queryParam("format", "csv").get(INCIDENTS + "/export").then().statusCode(400)
        .body("violations[0].field", equalTo("format"));
  }

  @Test
  void theDemoIncidentsAreRoutedAndFedTheToDoList() {
    var demo = Api.as(base, Api.VIEWER).queryParam("size", 200).get(INCIDENTS).then().statusCode(200).extract()
        .jsonPath();
    List<Map<String, Object>> incidents = demo.getList("items.findAll { it.demo }");
    assertThat(incidents).hasSize(3);
    assertThat(demo.getList("items.findAll { it.demo }.status")).containsExactlyInAnyOrder("OPEN", "OPEN", "CLOSED");
    assertThat(demo.getList("items.findAll { it.demo && it.monitoringAlertId != null }.duties.flatten().kind"))
        .containsExactly("DEVICE_VIGILANCE", "SERIOUS_ADVERSE_EVENT", "ADVERSE_EVENT_INTERNAL");
    assertThat(demo.getList("items.findAll { it.demo && it.personalDataBreach }.duties.flatten().dueSoon"))
        .containsExactly(true);
  }
}
