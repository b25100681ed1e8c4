package fr.vigie.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Serialises results to JSON the way a strict client reads them: NaN and ±Infinity would be written as bare tokens,
 * which the default (strict) parser refuses, and every number and string in the tree is checked.
 */
public final class StrictJson {

    public static final ObjectMapper MAPPER =
            JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

    private StrictJson() {
    }

    /** Serialises, re-parses strictly, and asserts no non-finite number appears anywhere in the tree. */
    public static JsonNode roundTrip(Object value) throws Exception {
        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(value));
        assertFinite("$", tree);
        return tree;
    }

    private static void assertFinite(String path, JsonNode node) {
        if (node.isNumber()) {
            assertThat(Double.isFinite(node.asDouble())).as(path).isTrue();
        } else if (node.isTextual()) {
            assertThat(node.asText()).as(path).isNotIn("NaN", "Infinity", "-Infinity");
        } else if (node.isContainerNode()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    assertFinite(path + "[" + i + "]", node.get(i));
                }
            } else {
                node.fields().forEachRemaining(f -> assertFinite(path + "." + f.getKey(), f.getValue()));
            }
        }
    }
}
