package fr.vigie.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bean Validation failures on resource parameters become 400 with one violation per field. The
 * field is the JSON path inside the body (or the query parameter name), not Java's
 * method.parameter path.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class.getName());

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      if (isReturnValue(v.getPropertyPath())) {
        LOG.log(Level.SEVERE, "Invalid response produced by the server: " + v, e);
        return Problems.response(ProblemType.INTERNAL, "The server produced an invalid response.");
      }
      violations.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
    }
    violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
    return new ProblemExceptionMapper().toResponse(ProblemException.invalid(violations));
  }

  private static boolean isReturnValue(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code create.body.owner.email} → {@code owner.email}; {@code list.params.size} → {@code size};
   * {@code create.body.attributes[0].groups[2].fp} → {@code attributes[0].groups[2].fp}.
   */
  static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    String parameterName = null;
    for (Path.Node node : path) {
      // Bean Validation gives a node inside a list the index of its element in that list
      // (attributes[0].groups: the groups node carries 0), so the index closes the previous name.
      if (node.isInIterable() && node.getIndex() != null && node.getKind() != ElementKind.PARAMETER) {
        field.append('[').append(node.getIndex()).append(']');
      }
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CONTAINER_ELEMENT -> {}
        case PARAMETER -> parameterName = node.getName();
        default -> {
          if (node.getName() == null) {
            break;
          }
          if (!field.isEmpty()) {
            field.append('.');
          }
          field.append(node.getName());
        }
      }
    }
    if (!field.isEmpty()) {
      return field.toString();
    }
    return parameterName == null ? "body" : parameterName;
  }
}
