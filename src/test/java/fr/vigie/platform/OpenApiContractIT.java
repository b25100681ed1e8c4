package fr.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.vigie.Api;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served OpenAPI document must equal the committed openapi/openapi.yaml (the input of the SPA's
 * generated types). Both are compared in a canonical form (keys sorted, named lists sorted by
 * name), because Payara lists operations in reflection order, which changes between runs. Refresh
 * the file with {@code mvn verify -Dopenapi.update=true}.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiContractIT {

  static final Path COMMITTED = Path.of("openapi/openapi.yaml");
  static final YAMLMapper YAML =
      new YAMLMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  @ArquillianResource URL base;

  @Test
  void servedDocumentMatchesTheCommittedContract() throws Exception {
    String served = canonical(
        Api.anonymous(base).accept("*/*").get("openapi").then().statusCode(200).extract().asString());
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(COMMITTED) ? canonical(Files.readString(COMMITTED, StandardCharsets.UTF_8)) : "";
    assertThat(served)
        .as("openapi/openapi.yaml is out of date: run mvn verify -Dopenapi.update=true and commit it")
        .isEqualTo(committed);
  }

  @Test
  void everyOperationHasASummaryATagAndDocumentedErrors() {
    var doc = Api.anonymous(base).get("openapi").then().statusCode(200).extract().jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    assertThat(paths).isNotEmpty();
    paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
      assertThat(operation).as(method + " " + path).containsKey("summary").containsKey("tags");
      @SuppressWarnings("unchecked")
      Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
      if (!path.equals("/api/session")) {
        assertThat(responses).as(method + " " + path + " documents 401").containsKey("401");
      }
    }));
  }

  /** Sorted keys, named lists sorted by name; without the server URL and Payara's endpoint list. */
  static String canonical(String yaml) throws Exception {
    JsonNode root = YAML.readTree(yaml);
    if (root instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      object.remove("servers");
      object.remove("endpoints");
    }
    return YAML.writeValueAsString(sorted(root));
  }

  private static Object sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new TreeMap<>();
      node.fields().forEachRemaining(e -> map.put(e.getKey(), sorted(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(sorted(n)));
      if (list.stream().allMatch(o -> o instanceof Map<?, ?> m && m.get("name") instanceof String)) {
        list.sort(Comparator.comparing(o -> (String) ((Map<?, ?>) o).get("name")));
      }
      return list;
    }
    return YAML.convertValue(node, Object.class);
  }
}
