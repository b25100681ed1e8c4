package fr.vigie.platform.web;

import fr.vigie.platform.problem.Incidents;
import fr.vigie.platform.problem.PayloadTooLargeException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.ServletProblems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's error page (declared in {@code web.xml} for every error status and for any
 * exception): errors raised outside JAX-RS, by the static-file servlet or the container itself, get
 * the same problem+json body as the API's, never the server's HTML page.
 */
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
    Object thrown = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (thrown instanceof Throwable t && causedBy(t, PayloadTooLargeException.class)) {
      ServletProblems.write(res, ProblemType.PAYLOAD_TOO_LARGE, HttpGuard.tooLarge());
      return;
    }
    if (status >= 500) {
      ServletProblems.write(res, ProblemType.INTERNAL, status,
          Incidents.record("outside the API", thrown instanceof Throwable t ? t : null));
      return;
    }
    ProblemType type = ProblemType.forStatus(status);
    if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED && res.getHeader("Allow") == null) {
      res.setHeader("Allow", HttpGuard.ALLOW);
    }
    ServletProblems.write(res, type, status, detailOf(status, type));
  }

  private static String detailOf(int status, ProblemType type) {
    return switch (status) {
      case 400 -> "The request could not be read.";
      case 404 -> "No resource at this address.";
      case 405 -> "This method is not supported here.";
      default -> type.title();
    };
  }

  static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
