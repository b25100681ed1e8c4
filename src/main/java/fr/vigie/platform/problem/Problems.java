package fr.vigie.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

  /** Longest rejected value echoed in a problem; longer ones are cut and end with "…". */
  public static final int ECHO_LENGTH = 60;
  /** Last-resort cap on a detail or a violation message, whatever built it. */
  static final int TEXT_LENGTH = 500;

  private Problems() {}

  /** A rejected value as it may be echoed in a problem: at most {@link #ECHO_LENGTH} characters. */
  public static String echo(Object value) {
    return cut(String.valueOf(value), ECHO_LENGTH);
  }

  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }

  public static Response response(ProblemType type, String detail) {
    return response(type, type.status(), detail, null);
  }

  public static Response response(ProblemType type, String detail, List<Violation> violations) {
    return response(type, type.status(), detail, violations);
  }

  public static Response response(
      ProblemType type, int status, String detail, List<Violation> violations) {
    List<Violation> cut =
        violations == null
            ? null
            : violations.stream()
                .map(v -> new Violation(cut(v.field(), ECHO_LENGTH * 2), cut(v.message(), TEXT_LENGTH)))
                .toList();
    var problem =
        new Problem(type.uri(), type.title(), status, cut(detail, TEXT_LENGTH), null, cut);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
