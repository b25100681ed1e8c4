package fr.vigie.platform.problem;

import fr.vigie.platform.json.JsonConfiguration;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes {@link Problem} bodies as application/problem+json (Jersey's JSON provider only knows application/json). */
@Provider
@Produces(Problem.MEDIA_TYPE)
public class ProblemWriter implements MessageBodyWriter<Problem> {

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Problem.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Problem problem,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    JsonConfiguration.MAPPER.writeValue(out, problem);
  }
}
