package fr.vigie.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
  @Override
  public Response toResponse(ProblemException e) {
    Response response = Problems.response(e.type(), e.detail(), e.violations());
    e.headers().forEach((name, value) -> response.getHeaders().add(name, value));
    return response;
  }
}
