package fr.vigie.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON provider of the API: Jackson bundled in the WAR (the container's JSON-B is switched off
 * in VigieApplication, and this provider outranks Jersey's own Jackson provider). Jackson reports
 * the exact path of a bad field, which our 400 answers need. Strict on input: unknown fields,
 * numbers for enums, nulls for primitives and every type coercion (a boolean or number for text,
 * text for a number or boolean, 7.5 for a whole number, 0/1 for a boolean) are refused, and text and
 * dates are checked by {@link StrictValues} (control characters, date range). Time is ISO-8601
 * text; absent values are written as null.
 */
@Provider
@Priority(1)
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class JsonConfiguration extends JacksonJsonProvider {

  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          // Schubfach / FastDoubleParser instead of the JDK 17 conversions: a 1,000-bin check writes about
          // 8,000 doubles, and Double.toString was the largest cost of recording it (docs/benchmarks.md)
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(LogicalType.Textual, JsonConfiguration::refuseScalars)
          .withCoercionConfig(LogicalType.Integer, JsonConfiguration::refuseScalars)
          // a JSON integer is a number: 3 is read as 3.0 where a decimal is expected (no text, no boolean)
          .withCoercionConfig(LogicalType.Float, JsonConfiguration::refuseNonNumbers)
          .withCoercionConfig(LogicalType.Boolean, JsonConfiguration::refuseScalars)
          .addModule(StrictValues.module())
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .build();

  private static void refuseScalars(MutableCoercionConfig config) {
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float,
          CoercionInputShape.Boolean, CoercionInputShape.String
        }) {
      config.setCoercion(shape, CoercionAction.Fail);
    }
  }

  private static void refuseNonNumbers(MutableCoercionConfig config) {
    config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    config.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    config.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
  }

  public JsonConfiguration() {
    super(MAPPER);
  }
}
