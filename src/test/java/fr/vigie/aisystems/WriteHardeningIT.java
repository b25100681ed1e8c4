package fr.vigie.aisystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import fr.vigie.Api;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Request bodies and write paths: every refusal is a field-level problem and changes nothing. */
@ExtendWith(ArquillianExtension.class)
class WriteHardeningIT {

  @ArquillianResource URL base;

  private static String newFiness() {
    return "54" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  private long establishment(String finess) {
    return Api.as(base, Api.QUALITY)
        .body(Map.of("name", "CH " + finess, "shortName", "E" + finess, "finess", finess, "type", "CH"))
        .post("api/establishments").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  private long system(Map<String, Object> body) {
    return Api.as(base, Api.QUALITY).body(body).post("api/ai-systems")
        .then().statusCode(201).extract().jsonPath().getLong("id");
  }

  @Test
  void aPutBreakingACrossFieldRuleWithEstablishmentsGivesThePostProblemAndChangesNothing() {
    long est = establishment(newFiness());
    var body = AiSystemsIT.validSystem("Site " + UUID.randomUUID());
    body.put("establishmentIds", List.of(est));
    long id = system(body);
    JsonPath before = Api.as(base, Api.VIEWER).get("api/ai-systems/" + id).then().extract().jsonPath();

    body.put("hosting", "HDS_HOST"); // without hostName: a field violation
    body.put("name", "Changed " + UUID.randomUUID());
    var post = Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().extract();
    var put = Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id)
        .then().extract();
    assertThat(put.statusCode()).isEqualTo(400).isEqualTo(post.statusCode());
    assertThat(put.jsonPath().getList("violations")).isEqualTo(post.jsonPath().getList("violations"));
    assertThat(put.contentType()).startsWith("application/problem+json");

    body.put("hosting", "ON_PREMISES");
    body.put("aiActRoute", "HIGH_RISK_ANNEX_III"); // a 422 business rule
    body.put("annexIiiPoint", "5(d)");
    body.put("logRetentionMonths", 3);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id)
        .then().statusCode(422).body("type", equalTo("urn:vigie:problem:business-rule"));

    var after = Api.as(base, Api.VIEWER).get("api/ai-systems/" + id).then().header("ETag", "\"0\"").extract().jsonPath();
    assertThat(after.getString("name")).isEqualTo(before.getString("name"));
    assertThat(after.getString("hosting")).isEqualTo("ON_PREMISES");
    assertThat(after.getString("updatedAt")).isEqualTo(before.getString("updatedAt"));
  }

  @Test
  void aCreationCarryingIfMatchIsRefusedWith412AndCreatesNothing() {
    String finess = newFiness();
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"")
        .body(Map.of("name", "CH " + finess, "shortName", "E" + finess, "finess", finess, "type", "CH"))
        .post("api/establishments")
        .then().statusCode(412).contentType("application/problem+json")
        .body("type", containsString("stale-version"));
    Api.as(base, Api.VIEWER).queryParam("q", finess).get("api/establishments")
        .then().statusCode(200).body("total", equalTo(0));

    String name = "If-Match " + UUID.randomUUID();
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(AiSystemsIT.validSystem(name))
        .post("api/ai-systems")
        .then().statusCode(412).contentType("application/problem+json")
        .body("type", containsString("stale-version"));
    Api.as(base, Api.VIEWER).queryParam("q", name).get("api/ai-systems")
        .then().statusCode(200).body("total", equalTo(0));
  }

  @Test
  void concurrentCreationsOfOneFinessGiveOne201AndOnly409s() throws Exception {
    String finess = newFiness();
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int n = i;
        Callable<io.restassured.response.Response> post = () -> {
          start.await();
          return Api.as(base, Api.QUALITY)
              .body(Map.of("name", "Course " + n, "shortName", "C" + n, "finess", finess, "type", "CH"))
              .post("api/establishments");
        };
        answers.add(pool.submit(post));
      }
      start.countDown();
      int created = 0;
      for (var f : answers) {
        var r = f.get();
        if (r.statusCode() == 201) {
          created++;
        } else {
          assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
          assertThat(r.contentType()).startsWith("application/problem+json");
          assertThat(r.jsonPath().getString("type")).isEqualTo("urn:vigie:problem:conflict");
          assertThat(r.jsonPath().getList("violations.field")).contains("finess");
        }
      }
      assertThat(created).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void datesOutsideTheSaneRangeAreFieldErrors() {
    for (String bad : List.of("+999999999-12-31", "1899-12-31", "2201-01-01", "1582-10-10")) {
      var body = AiSystemsIT.validSystem("Date " + UUID.randomUUID());
      body.put("nextReviewDate", bad);
      Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
          .body("violations[0].field", equalTo("nextReviewDate"));
    }
    var body = AiSystemsIT.validSystem("Date ok " + UUID.randomUUID());
    body.put("nextReviewDate", "2199-12-31");
    body.put("productionStartDate", "1900-01-01");
    system(body);
  }

  @Test
  void laxJsonIsRefusedNamingTheField() {
    record Case(String field, Object value) {}
    for (var c : List.of(new Case("name", true), new Case("name", 12), new Case("logRetentionMonths", 7.5),
        new Case("logRetentionMonths", "12"), new Case("selfLearning", "true"), new Case("selfLearning", 0),
        new Case("version", 3), new Case("nmae", "typo"))) {
      var body = AiSystemsIT.validSystem("Lax " + UUID.randomUUID());
      body.put(c.field(), c.value());
      Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
          .body("violations[0].field", equalTo(c.field()));
    }
  }

  @Test
  void controlAndBidiCharactersAreRefusedInSingleLineFieldsAndOnlyNewlinesAndTabsInMultiLineOnes() {
    for (String bad : List.of("a\u0000b", "a\u0007b", "a\nb", "a\u0085b", "a\u202Eb", "a\u2066b")) {
      var body = AiSystemsIT.validSystem(bad + UUID.randomUUID());
      Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
          .body("violations[0].field", equalTo("name"));
    }
    for (String bad : List.of("a\u0000b", "a\u001Bb", "a\u202Db")) {
      var body = AiSystemsIT.validSystem("Multi " + UUID.randomUUID());
      body.put("knownLimitations", bad);
      Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
          .body("violations[0].field", equalTo("knownLimitations"));
    }
    var body = AiSystemsIT.validSystem("Multi ok " + UUID.randomUUID());
    body.put("knownLimitations", "Ligne 1\r\n\tLigne 2");
    Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(201)
        .body("knownLimitations", equalTo("Ligne 1\r\n\tLigne 2"));
    Api.as(base, Api.QUALITY)
        .body(Map.of("name", "CH\u202E", "shortName", "X", "finess", newFiness(), "type", "CH"))
        .post("api/establishments").then().statusCode(400).body("violations[0].field", equalTo("name"));
  }

  @Test
  void rejectedValuesAreEchoedAsAShortPrefixOnly() {
    var body = AiSystemsIT.validSystem("Echo " + UUID.randomUUID());
    body.put("category", "Q".repeat(100_000));
    String answer = Api.as(base, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("category")).extract().asString();
    assertThat(answer.length()).isLessThan(2_000);
    Api.as(base, Api.QUALITY).get("api/ai-systems/" + "9".repeat(5_000)).then()
        .statusCode(lessThan(500)).body(not(containsString("9".repeat(100))));
  }

  @Test
  void aPutThatChangesNothingKeepsTheVersionAndWritesNoHistory() {
    long est = establishment(newFiness());
    var body = AiSystemsIT.validSystem("Inchangé " + UUID.randomUUID());
    body.put("establishmentIds", List.of(est));
    body.put("integrations", List.of("DPI_EHR"));
    long id = system(body);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id)
        .then().statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0));
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + id + "/history").then().body("total", equalTo(1));

    String finess = newFiness();
    long e = establishment(finess);
    var same = Map.of("name", "CH " + finess, "shortName", "E" + finess, "finess", finess, "type", "CH");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(same).put("api/establishments/" + e)
        .then().statusCode(200).header("ETag", "\"0\"");
    Api.as(base, Api.VIEWER).get("api/establishments/" + e + "/history").then().body("total", equalTo(1));
  }

  @Test
  void theHistoryOfADeletedRecordStaysReadableForAdminAndQuality() {
    long id = system(AiSystemsIT.validSystem("Supprimé " + UUID.randomUUID()));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/ai-systems/" + id).then().statusCode(204);
    for (String user : List.of(Api.ADMIN, Api.QUALITY)) {
      Api.as(base, user).get("api/ai-systems/" + id + "/history").then().statusCode(200)
          .body("total", equalTo(2)).body("items[0].action", equalTo("DELETED"));
    }
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + id + "/history").then().statusCode(404);
    Api.as(base, Api.QUALITY).get("api/ai-systems/987654321987/history").then().statusCode(404);

    long e = establishment(newFiness());
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/establishments/" + e).then().statusCode(204);
    Api.as(base, Api.ADMIN).get("api/establishments/" + e + "/history").then().statusCode(200)
        .body("items.action", hasItem("DELETED"));
    Api.as(base, Api.VIEWER).get("api/establishments/" + e + "/history").then().statusCode(404);
  }
}
