package fr.vigie.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The spec's test vectors ({@code reference/drift-bias-vectors.json}, copied unchanged from the spec) and the
 * comparison rules of spec §7: floats within 1e-6, non-finite values as the strings "Infinity"/"-Infinity"/"NaN",
 * undefined values as null. Expected numbers are only ever read from the file.
 */
public final class ReferenceVectors {

    public static final double TOLERANCE = 1e-6;
    private static final String RESOURCE = "/reference/drift-bias-vectors.json";

    private ReferenceVectors() {
    }

    public static List<JsonNode> all() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the test classpath").isNotNull();
            List<JsonNode> vectors = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(vectors::add);
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vectors whose kind starts with {@code kindPrefix}, as JUnit arguments (id, vector). */
    public static Stream<Arguments> ofKind(String kindPrefix) {
        return all().stream()
                .filter(v -> v.get("kind").asText().startsWith(kindPrefix))
                .map(v -> Arguments.of(v.get("id").asText(), v));
    }

    /**
     * Checks every key of {@code expected} against the value the extractor of the same key reads from
     * {@code actual}. A key without an extractor fails the test, so no expected value is silently skipped.
     */
    public static <T> void assertAllMatch(String id, JsonNode expected, T actual,
            Map<String, Function<T, Object>> extractors) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Function<T, Object> extractor = extractors.get(field.getKey());
            if (extractor == null) {
                fail(id + ": expected key '" + field.getKey() + "' is not checked by the test");
            }
            assertMatches(id + "." + field.getKey(), field.getValue(), extractor.apply(actual));
        }
    }

    /** Same as {@link #assertAllMatch(String, JsonNode, Object, Map)} with values already computed per key. */
    public static void assertAllMatch(String id, JsonNode expected, Map<String, Object> actual) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!actual.containsKey(field.getKey())) {
                fail(id + ": expected key '" + field.getKey() + "' is not checked by the test");
            }
            assertMatches(id + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
        }
    }

    /** Compares one expected JSON value with a computed value (Figure, number, boolean, enum, string or list). */
    public static void assertMatches(String path, JsonNode expected, Object actual) {
        if (expected.isNull()) {
            boolean undefined = actual == null || (actual instanceof Figure f && !f.defined());
            assertThat(undefined).as(path + " should be undefined, was " + actual).isTrue();
        } else if (expected.isTextual() && isNonFinite(expected.asText())) {
            assertThat(actual).as(path).isInstanceOf(Figure.class);
            Figure figure = (Figure) actual;
            String want = expected.asText();
            Figure.Status status = switch (want) {
                case "Infinity" -> Figure.Status.POSITIVE_INFINITY;
                case "-Infinity" -> Figure.Status.NEGATIVE_INFINITY;
                default -> Figure.Status.UNDEFINED;
            };
            assertThat(figure.status()).as(path).isEqualTo(status);
        } else if (expected.isNumber()) {
            assertThat(actual).as(path + " should be a number").isNotNull();
            assertThat(asDouble(path, actual)).as(path).isCloseTo(expected.asDouble(),
                    org.assertj.core.api.Assertions.within(TOLERANCE));
        } else if (expected.isBoolean()) {
            assertThat(actual).as(path).isEqualTo(expected.asBoolean());
        } else if (expected.isTextual()) {
            String text = actual instanceof Enum<?> e ? e.name() : String.valueOf(actual);
            assertThat(text).as(path).isEqualToIgnoringCase(expected.asText());
        } else if (expected.isObject()) {
            assertThat(actual).as(path + " should be an object").isInstanceOf(Map.class);
            Map<?, ?> map = (Map<?, ?>) actual;
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!map.containsKey(field.getKey())) {
                    fail(path + ": expected key '" + field.getKey() + "' is not checked by the test");
                }
                assertMatches(path + "." + field.getKey(), field.getValue(), map.get(field.getKey()));
            }
        } else if (expected.isArray()) {
            List<?> list = asList(path, actual);
            assertThat(list).as(path + " size").hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(path + "[" + i + "]", expected.get(i), list.get(i));
            }
        } else {
            fail(path + ": unsupported expected value " + expected);
        }
    }

    private static boolean isNonFinite(String text) {
        return text.equals("Infinity") || text.equals("-Infinity") || text.equals("NaN");
    }

    private static double asDouble(String path, Object actual) {
        if (actual instanceof Figure f) {
            assertThat(f.finite()).as(path + " should be finite, was " + f).isTrue();
            return f.value();
        }
        if (actual instanceof Number n) {
            return n.doubleValue();
        }
        throw new AssertionError(path + ": not a number: " + actual);
    }

    private static List<?> asList(String path, Object actual) {
        if (actual instanceof List<?> list) {
            return list;
        }
        if (actual instanceof double[] array) {
            return java.util.Arrays.stream(array).boxed().toList();
        }
        if (actual instanceof boolean[] array) {
            List<Boolean> list = new ArrayList<>();
            for (boolean b : array) {
                list.add(b);
            }
            return list;
        }
        throw new AssertionError(path + ": not a list: " + actual);
    }

    /** Reads a JSON array of numbers. */
    public static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    /** Reads a JSON array of strings. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
