package fr.vigie.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * A JSON document stored as text by this application (written by {@link JsonConfiguration#MAPPER}), sent to the
 * client as it is: no parse and re-serialisation per answer. A 1,000-bin check's stored result is about 180 kB, so
 * parsing it back into a tree and writing it again cost more than computing it (docs/benchmarks.md).
 */
@JsonSerialize(using = RawJson.Writer.class)
public record RawJson(String json) {

  public RawJson {
    Objects.requireNonNull(json, "json");
  }

  static final class Writer extends StdSerializer<RawJson> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(RawJson.class);
    }

    @Override
    public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeRawValue(value.json());
    }
  }
}
