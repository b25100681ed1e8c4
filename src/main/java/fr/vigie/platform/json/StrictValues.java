package fr.vigie.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.vigie.platform.validation.DateRange;
import fr.vigie.platform.validation.MultiLine;
import fr.vigie.platform.validation.TextRules;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Checks every text, date, instant and decimal number the API reads, whatever the field: text must be a JSON
 * string without control or bidirectional-override characters (line breaks and tabs only in
 * {@link MultiLine} fields), dates must lie in {@link DateRange}, and a number must fit a double (a literal
 * such as {@code 1e400} would otherwise be read as infinity). Done in the JSON reader rather
 * than by an annotation on each field, so that a new field cannot forget it.
 */
final class StrictValues extends BeanDeserializerModifier {

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("vigie-strict-values");
    module.setDeserializerModifier(new StrictValues());
    return module;
  }

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    Class<?> type = description.getBeanClass();
    if (type == String.class || type == LocalDate.class || type == Instant.class || type == Double.class
        || type == double.class) {
      return new Checked(deserializer, false);
    }
    return deserializer;
  }

  private static final class Checked extends DelegatingDeserializer {

    private final boolean multiLine;

    Checked(JsonDeserializer<?> delegate, boolean multiLine) {
      super(delegate);
      this.multiLine = multiLine;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Checked(delegate, multiLine);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> delegate = ctxt.handleSecondaryContextualization(_delegatee, property, ctxt.constructType(_delegatee.handledType()));
      boolean multi = property != null && property.getAnnotation(MultiLine.class) != null;
      return new Checked(delegate, multi);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Class<?> type = _delegatee.handledType();
      if (type == String.class && !p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(String.class, p);
      }
      Object value = _delegatee.deserialize(p, ctxt);
      if (value instanceof String text) {
        int at = TextRules.firstRefused(text, multiLine);
        if (at >= 0) {
          String code = String.format("U+%04X", (int) text.charAt(at));
          throw new RejectedValueException(
              p, String.class, multiLine ? "vigie.text.control" : "vigie.text.singleLine", code);
        }
      } else if (value instanceof Double number) {
        if (!Double.isFinite(number)) {
          throw new RejectedValueException(p, type, "vigie.number.finite");
        }
      } else if (value != null && !DateRange.accepts(value)) {
        throw new RejectedValueException(
            p, type, "vigie.date.range", DateRange.MIN.toString(), DateRange.MAX.toString());
      }
      return value;
    }
  }
}
