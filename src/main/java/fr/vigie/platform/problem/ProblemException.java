package fr.vigie.platform.problem;

import fr.vigie.platform.i18n.Messages;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal the client can act on, turned into problem+json by {@link ProblemExceptionMapper}. It
 * extends {@link WebApplicationException} so that JAX-RS parameter converters can throw it
 * unchanged.
 */
public class ProblemException extends WebApplicationException {

  private final ProblemType type;
  private final String detail;
  private final transient List<Violation> violations;
  private final transient Map<String, String> headers = new LinkedHashMap<>();

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, null);
  }

  public ProblemException(ProblemType type, String detail, List<Violation> violations) {
    super(detail, type.status());
    this.type = type;
    this.detail = detail;
    this.violations = violations;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new Violation(field, message)));
  }

  /** A 400 validation-error listing the invalid fields (detail: the field, or how many). */
  public static ProblemException invalid(List<Violation> violations) {
    String detail =
        violations.size() == 1
            ? violations.get(0).field() + ": " + violations.get(0).message()
            : Messages.get("vigie.problem.invalidFields", violations.size());
    return new ProblemException(ProblemType.VALIDATION, detail, violations);
  }

  /** Adds a response header (e.g. Retry-After) to the problem answer. */
  public ProblemException withHeader(String name, Object value) {
    headers.put(name, String.valueOf(value));
    return this;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return detail;
  }

  public List<Violation> violations() {
    return violations;
  }
}
