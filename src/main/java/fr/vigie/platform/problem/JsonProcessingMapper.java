package fr.vigie.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.json.RejectedValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Unreadable request bodies: malformed JSON, unknown fields, unknown enum values and wrong types
 * are 400s naming the field. Jackson's own message (with class names) is never echoed.
 */
@Provider
public class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException e) {
    if (e.getCause() instanceof PayloadTooLargeException) {
      return new UnexpectedExceptionMapper().toResponse(e);
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException
        || e instanceof com.fasterxml.jackson.core.JsonGenerationException) {
      return new UnexpectedExceptionMapper().toResponse(e);
    }
    if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
      var location = e.getLocation();
      String where =
          location == null
              ? ""
              : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
      return Problems.response(
          ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where + ".");
    }
    String field = pathOf(mapping);
    String message = messageFor(mapping);
    return new ProblemExceptionMapper().toResponse(ProblemException.invalid(field, message));
  }

  static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String messageFor(JsonMappingException e) {
    if (e instanceof RejectedValueException rejected) {
      return Messages.get(rejected.messageKey(), rejected.arguments());
    }
    if (e instanceof UnrecognizedPropertyException) {
      return Messages.get("vigie.json.unknownField");
    }
    Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (target != null && target.isEnum()) {
      String allowed =
          Arrays.stream(target.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      String value = e instanceof InvalidFormatException f ? "'" + Problems.echo(f.getValue()) + "' " : "";
      return Messages.get("vigie.json.enum", value, allowed);
    }
    if (target != null) {
      return Messages.get(describe(target));
    }
    return Messages.get("vigie.json.invalid");
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "vigie.json.wholeNumber";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "vigie.json.number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "vigie.json.boolean";
    }
    if (type == String.class) {
      return "vigie.json.text";
    }
    if (type == java.time.LocalDate.class) {
      return "vigie.json.date";
    }
    if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
      return "vigie.json.dateTime";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "vigie.json.list";
    }
    return "vigie.json.object";
  }
}
