package fr.vigie.aisystems.boundary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import fr.vigie.platform.json.JsonConfiguration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a page of the register with the rows' JSON rendered once by {@link RegisterRows}: the
 * bytes are exactly what the generic JSON provider would write, without escaping the same texts
 * again on every request. Rows the cache does not know are written by Jackson as usual.
 */
@Provider
@Dependent
@Produces(MediaType.APPLICATION_JSON)
public class AiSystemPageWriter implements MessageBodyWriter<AiSystemPage> {

  @Inject RegisterRows rows;

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == AiSystemPage.class;
  }

  @Override
  public void writeTo(
      AiSystemPage page,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    write(page, rows, out);
  }

  static void write(AiSystemPage page, RegisterRows rows, OutputStream out) throws IOException {
    try (JsonGenerator json = JsonConfiguration.MAPPER.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeFieldName("items");
      json.writeStartArray();
      for (AiSystemSummary item : page.items()) {
        SerializedString rendered = rows.json(item);
        if (rendered != null) {
          json.writeRawValue(rendered);
        } else {
          JsonConfiguration.MAPPER.writeValue(json, item);
        }
      }
      json.writeEndArray();
      json.writeNumberField("total", page.total());
      json.writeNumberField("page", page.page());
      json.writeNumberField("size", page.size());
      json.writeEndObject();
    }
  }
}
