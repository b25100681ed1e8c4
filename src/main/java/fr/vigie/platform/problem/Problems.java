package fr.vigie.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

  private Problems() {}

  public static Response response(ProblemType type, String detail) {
    return response(type, type.status(), detail, null);
  }

  public static Response response(ProblemType type, String detail, List<Violation> violations) {
    return response(type, type.status(), detail, violations);
  }

  public static Response response(
      ProblemType type, int status, String detail, List<Violation> violations) {
    var problem = new Problem(type.uri(), type.title(), status, detail, null, violations);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
