package fr.vigie.biasreviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.Api;
import fr.vigie.biasreviews.control.ConfusionMatrix;
import fr.vigie.biasreviews.control.FairnessCalculator;
import fr.vigie.biasreviews.control.FairnessReferenceVectorsTest;
import fr.vigie.biasreviews.control.FairnessReport;
import fr.vigie.biasreviews.control.FairnessThresholds;
import fr.vigie.platform.stats.ReferenceVectors;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spec's fairness vectors ({@code src/test/resources/reference/drift-bias-vectors.json}) posted as bias reviews
 * through the API: every expected figure of F01–F03 within 1e-6, read from the review's JSON answer. The file
 * announces F04 (a group with no positives), F05 (no predicted positives and n &lt; 10) and F06 (proportional
 * matrices) without their data; those cases, and the default reference group, are posted too and compared with the
 * core run on the same input in this JVM (every figure, the bands and the conventions).
 */
@ExtendWith(ArquillianExtension.class)
class BiasReviewVectorsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ArquillianResource URL base;

  @Test
  void everyFairnessVectorGivesTheSameFiguresThroughTheApi() throws Exception {
    long system = BiasReviewsIT.system(base);
    int checked = 0;
    for (JsonNode vector : ReferenceVectors.all()) {
      if (!vector.get("kind").asText().startsWith("fairness_")) {
        continue;
      }
      String id = vector.get("id").asText();
      JsonNode in = vector.get("input");
      List<Map<String, Object>> groups = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = in.get("groups").fields(); it.hasNext(); ) {
        var g = it.next();
        JsonNode m = g.getValue();
        groups.add(BiasReviewsIT.group(g.getKey(), m.get("TP").asLong(), m.get("FP").asLong(),
            m.get("TN").asLong(), m.get("FN").asLong()));
      }
      String reference = in.hasNonNull("reference_group") ? in.get("reference_group").asText() : null;
      JsonNode review = post(system, groups, reference, in.get("censor_threshold").asLong());
      FairnessReport report = JSON.treeToValue(review.get("attributes").get(0).get("report"), FairnessReport.class);
      ReferenceVectors.assertAllMatch(id, vector.get("expected"),
          FairnessReferenceVectorsTest.asExpectedShape(report));
      assertThat(review.get("minimumGroupSize").asLong()).isEqualTo(in.get("censor_threshold").asLong());
      checked++;
    }
    assertThat(checked).as("fairness vectors in the file").isEqualTo(3);
  }

  @Test
  void theAnnouncedCasesWithoutDataAndTheDefaultReferenceMatchTheCore() throws Exception {
    long system = BiasReviewsIT.system(base);
    // F04: a group with zero positives (TPR, FNR undefined; left out of their aggregates)
    compareWithCore(system, "F04", List.of(BiasReviewsIT.group("A", 60, 20, 100, 20),
        BiasReviewsIT.group("B", 0, 5, 45, 0)), "A");
    // F05: a group with zero predicted positives and n < 10 (censored: UNKNOWN band, insufficient data)
    compareWithCore(system, "F05", List.of(BiasReviewsIT.group("A", 50, 10, 120, 20),
        BiasReviewsIT.group("B", 0, 0, 6, 2)), null);
    // F06: proportional matrices: parity, every ratio 1 (DEFAULT band)
    compareWithCore(system, "F06", List.of(BiasReviewsIT.group("A", 40, 10, 130, 20),
        BiasReviewsIT.group("B", 20, 5, 65, 10), BiasReviewsIT.group("C", 80, 20, 260, 40)), null);
    // default reference: the largest group (here the second), ties to the first
    compareWithCore(system, "largest", List.of(BiasReviewsIT.group("petit", 10, 5, 30, 5),
        BiasReviewsIT.group("grand", 100, 50, 300, 50), BiasReviewsIT.group("égal", 100, 50, 300, 50)), null);
  }

  private void compareWithCore(long system, String id, List<Map<String, Object>> groups, String reference)
      throws Exception {
    JsonNode answer = post(system, groups, reference, 10);
    FairnessReport http = JSON.treeToValue(answer.get("attributes").get(0).get("report"), FairnessReport.class);
    Map<String, ConfusionMatrix> matrices = new LinkedHashMap<>();
    for (Map<String, Object> g : groups) {
      matrices.put((String) g.get("name"), new ConfusionMatrix((long) g.get("tp"), (long) g.get("fp"),
          (long) g.get("tn"), (long) g.get("fn")));
    }
    FairnessReport core = new FairnessCalculator(FairnessThresholds.registryDefaults()).evaluate(matrices, reference);
    assertThat(http).as(id).isEqualTo(core);
    assertThat(answer.get("attributes").get(0).get("referenceGroup").asText()).as(id)
        .isEqualTo(core.referenceGroup());
  }

  private JsonNode post(long system, List<Map<String, Object>> groups, String reference, long minimumSize)
      throws Exception {
    Map<String, Object> attribute = new HashMap<>();
    attribute.put("name", "Attribut");
    attribute.put("groups", groups);
    if (reference != null) {
      attribute.put("referenceGroup", reference);
    }
    Map<String, Object> review = BiasReviewsIT.quantitative(system);
    review.put("attributes", List.of(attribute));
    review.put("minimumGroupSize", minimumSize);
    String answer = Api.as(base, Api.QUALITY).body(JSON.writeValueAsString(review)).post("api/bias-reviews")
        .then().statusCode(201).extract().asString();
    return JSON.readTree(answer);
  }
}
