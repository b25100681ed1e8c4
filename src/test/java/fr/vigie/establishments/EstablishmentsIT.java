package fr.vigie.establishments;

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
