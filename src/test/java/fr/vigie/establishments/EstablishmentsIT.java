package fr.vigie.establishments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.vigie.Api;
import fr.vigie.aisystems.AiSystemsIT;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class EstablishmentsIT {

  @ArquillianResource URL base;

  private static String newFiness() {
    return "54" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  private long create(String finess) {
    return Api.as(base, Api.QUALITY)
        .body(Map.of("name", "CH test " + finess, "shortName", "CH-" + finess, "finess", finess, "type", "CH"))
        .post("api/establishments").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  @Test
  void finessMustBeNineCharactersWithADepartementPrefix() {
    for (String bad : List.of("54000001", "200000001", "ABCDEFGHI", "5400000011")) {
      Api.as(base, Api.QUALITY)
          .body(Map.of("name", "CH", "shortName", "CH", "finess", bad, "type", "CH"))
          .post("api/establishments").then().statusCode(400)
          .body("violations.field", hasItem("finess"));
    }
    Api.as(base, Api.QUALITY)
        .body(Map.of("name", "CH Corse", "shortName", "CH-2A", "finess", "2A000" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)), "type", "CH"))
        .post("api/establishments").then().statusCode(201);
  }

  @Test
  void aFinessNumberIsUsedOnce() {
    String finess = newFiness();
    create(finess);
    Api.as(base, Api.QUALITY)
        .body(Map.of("name", "Doublon", "shortName", "DBL", "finess", finess, "type", "CHU"))
        .post("api/establishments").then().statusCode(409)
        .body("type", equalTo("urn:vigie:problem:conflict"));
  }

  @Test
  void anEstablishmentUsedByAnAiSystemCannotBeDeleted() {
    long id = create(newFiness());
    var system = AiSystemsIT.validSystem("Sur site " + id);
    system.put("establishmentIds", List.of(id));
    Api.as(base, Api.QUALITY).body(system).post("api/ai-systems").then().statusCode(201)
        .body("establishments[0].id", equalTo((int) id));
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/establishments/" + id)
        .then().statusCode(409).body("type", equalTo("urn:vigie:problem:conflict"));
    Api.as(base, Api.VIEWER).queryParam("establishmentId", id).get("api/ai-systems").then().body("total", equalTo(1));
    // the refusal says why and what to do, in the caller's language
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").header("If-Match", "\"0\"")
        .delete("api/establishments/" + id).then().statusCode(409)
        .body("detail", containsString("est encore rattaché à des systèmes d’IA"))
        .body("detail", containsString("archivez-le"));
  }

  @Test
  void anArchivedEstablishmentStaysOnItsSystemsButCannotBeLinkedAnew() {
    String finess = newFiness();
    long id = create(finess);
    var linked = AiSystemsIT.validSystem("Avant archivage " + id);
    linked.put("establishmentIds", List.of(id));
    long systemId = Api.as(base, Api.QUALITY).body(linked).post("api/ai-systems").then().statusCode(201)
        .extract().jsonPath().getLong("id");

    var body = new java.util.HashMap<String, Object>(
        Map.of("name", "CH archivé " + finess, "shortName", "ARC-" + finess, "finess", finess, "type", "CH"));
    body.put("archived", true);
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/establishments/" + id)
        .then().statusCode(200).body("archived", equalTo(true));
    Api.as(base, Api.VIEWER).get("api/establishments/" + id + "/history").then()
        .body("items[0].changes.find { it.field == 'archived' }.after", equalTo("true"));

    // filters: archived only, in use only
    Api.as(base, Api.VIEWER).queryParam("q", finess).queryParam("archived", true).get("api/establishments")
        .then().statusCode(200).body("total", equalTo(1));
    Api.as(base, Api.VIEWER).queryParam("q", finess).queryParam("archived", false).get("api/establishments")
        .then().statusCode(200).body("total", equalTo(0));
    Api.as(base, Api.VIEWER).queryParam("archived", "peut-être").get("api/establishments")
        .then().statusCode(400).body("violations[0].field", equalTo("archived"));

    // the system that named it keeps it, and can still be saved
    var current = Api.as(base, Api.VIEWER).get("api/ai-systems/" + systemId).then().extract();
    linked.put("knownLimitations", "Toujours rattaché.");
    Api.as(base, Api.QUALITY).header("If-Match", current.header("ETag")).body(linked)
        .put("api/ai-systems/" + systemId).then().statusCode(200)
        .body("establishments[0].id", equalTo((int) id));

    // a new link is refused on the field, in French for a French caller
    var other = AiSystemsIT.validSystem("Après archivage " + id);
    other.put("establishmentIds", List.of(id));
    Api.as(base, Api.QUALITY).header("Accept-Language", "fr").body(other).post("api/ai-systems").then()
        .statusCode(400).body("violations[0].field", equalTo("establishmentIds"))
        .body("violations[0].message", containsString("archivé"))
        .body("violations[0].message", containsString("ARC-" + finess));

    // restored, it can be linked again
    body.put("archived", false);
    Api.as(base, Api.QUALITY).header("If-Match", "\"1\"").body(body).put("api/establishments/" + id)
        .then().statusCode(200).body("archived", equalTo(false));
    Api.as(base, Api.QUALITY).body(other).post("api/ai-systems").then().statusCode(201);
  }

  @Test
  void anEstablishmentNoSystemNamesIsDeletedAndItsHistoryStays() {
    long id = create(newFiness());
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").delete("api/establishments/" + id).then().statusCode(204);
    Api.as(base, Api.VIEWER).get("api/establishments/" + id).then().statusCode(404);
    Api.as(base, Api.QUALITY).get("api/establishments/" + id + "/history").then().statusCode(200)
        .body("items[0].action", equalTo("DELETED"));
  }

  @Test
  void unknownEstablishmentIdInAnAiSystemIsAFieldError() {
    var system = AiSystemsIT.validSystem("Inconnu");
    system.put("establishmentIds", List.of(987654321));
    Api.as(base, Api.QUALITY).body(system).post("api/ai-systems").then().statusCode(400)
        .body("violations[0].field", equalTo("establishmentIds"));
  }

  @Test
  void renamingIsAuditedAndNeedsTheETag() {
    String finess = newFiness();
    long id = create(finess);
    var body = Map.of("name", "Nouveau nom", "shortName", "NV", "finess", finess, "type", "CHS");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/establishments/" + id)
        .then().statusCode(200).header("ETag", "\"1\"");
    Api.as(base, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/establishments/" + id)
        .then().statusCode(412);
    Api.as(base, Api.VIEWER).get("api/establishments/" + id + "/history").then()
        .body("items[0].changes.field", hasItem("type"));
  }
}
