package fr.vigie.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/** JAX-RS' own errors (unknown path, wrong method, bad parameter, role refused…) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof ParamException p) {
      String field = p.getParameterName();
      String message = fr.vigie.platform.i18n.Messages.get("vigie.param.invalid");
      return new ProblemExceptionMapper().toResponse(ProblemException.invalid(field, message));
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 403 -> "Your role does not allow this operation.";
          case 404 -> "No resource at this address.";
          case 405 -> "This method is not supported here.";
          case 415 -> "Send application/json.";
          default -> type.title();
        };
    Response response = Problems.response(type, status, detail, null);
    original.getHeaders().forEach((name, values) -> {
      if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
        response.getHeaders().addAll(name, values);
      }
    });
    return response;
  }
}
