package fr.vigie.platform.problem;

import fr.vigie.platform.json.JsonConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Problems answered below JAX-RS, by servlet filters, the authentication mechanism and the
 * container's error pages: the same problem+json body as {@link Problems}, written directly.
 */
public final class ServletProblems {

  private ServletProblems() {}

  public static void write(HttpServletResponse response, ProblemType type, String detail) {
    write(response, type, type.status(), detail);
  }

  public static void write(HttpServletResponse response, ProblemType type, int status, String detail) {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    try {
      JsonConfiguration.MAPPER.writeValue(
          response.getOutputStream(),
          new Problem(type.uri(), type.title(), status, Problems.cut(detail, Problems.TEXT_LENGTH), null, null));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing more to tell it
    }
  }
}
