package fr.vigie.biasreviews.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.platform.stats.StrictJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An undefined (0/0) rate serialises as a status with its reason, never as NaN or as 0. */
class FairnessReportJsonTest {

    @Test
    void undefinedRateIsSerialisedWithItsReason() throws Exception {
        Map<String, ConfusionMatrix> groups = new LinkedHashMap<>();
        groups.put("A", new ConfusionMatrix(60, 20, 100, 20));
        groups.put("B", new ConfusionMatrix(0, 5, 45, 0));

        JsonNode tprB = StrictJson.roundTrip(new FairnessCalculator().evaluate(groups, null))
                .get("groups").get(1).get("rates").get("TPR");

        assertThat(tprB.get("status").asText()).isEqualTo("UNDEFINED");
        assertThat(tprB.get("value").isNull()).isTrue();
        assertThat(tprB.get("reason").asText()).isEqualTo("NO_POSITIVES");
    }
}
