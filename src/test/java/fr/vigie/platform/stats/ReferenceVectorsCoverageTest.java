package fr.vigie.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards that no vector of the spec file escapes the parameterised tests. */
class ReferenceVectorsCoverageTest {

    @Test
    void everyVectorHasAKindThatAParameterisedTestRuns() {
        List<JsonNode> vectors = ReferenceVectors.all();

        assertThat(vectors).isNotEmpty();
        assertThat(vectors).allSatisfy(v -> assertThat(v.get("kind").asText())
                .as(v.get("id").asText())
                .matches("(drift_binned_numeric|drift_categorical|fairness_confusion_matrices|performance_.+)"));
        assertThat(vectors).extracting(v -> v.get("id").asText()).doesNotHaveDuplicates();
        assertThat(vectors).allSatisfy(v -> assertThat(v.get("expected").size()).isPositive());
    }
}
