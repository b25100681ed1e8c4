package fr.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Api;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served OpenAPI document must equal the committed openapi/openapi.yaml (the input of the SPA's
 * generated types). Refresh the file with {@code mvn verify -Dopenapi.update=true}.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiContractIT {

  static final Path COMMITTED = Path.of("openapi/openapi.yaml");

  @ArquillianResource URL base;

  @Test
  void servedDocumentMatchesTheCommittedContract() throws Exception {
    String served =
        normalise(Api.anonymous(base).accept("*/*").get("openapi").then().statusCode(200).extract().asString());
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    assertThat(served)
        .as("openapi/openapi.yaml is out of date: run mvn verify -Dopenapi.update=true and commit it")
        .isEqualTo(committed);
  }

  @Test
  void everyOperationHasASummaryAndATag() {
    var doc = Api.anonymous(base).get("openapi").then().statusCode(200).extract().jsonPath();
    java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
    assertThat(paths).isNotEmpty();
    paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
      assertThat(operation).as(method + " " + path).containsKey("summary").containsKey("tags");
    }));
  }

  /** Drops what depends on the machine: the server URL and Payara's non-standard endpoint list. */
  static String normalise(String yaml) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : yaml.split("\n", -1)) {
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
        skipping = line.startsWith("servers:") || line.startsWith("endpoints:");
      }
      if (!skipping) {
        out.append(line).append('\n');
      }
    }
    return out.toString().stripTrailing() + "\n";
  }
}
