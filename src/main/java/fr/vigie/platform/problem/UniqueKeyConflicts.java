package fr.vigie.platform.problem;

import fr.vigie.platform.i18n.Messages;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A write refused by a unique constraint of the database (SQLState 23505, on PostgreSQL and H2)
 * becomes a 409 conflict naming the field. This is what two concurrent creations of the same key
 * get when both passed the service's friendly pre-check. Convention: unique constraints are named
 * {@code uq_<table>_<column>} in the migrations; the feature maps each one to its JSON field and
 * message in the message bundles ({@code vigie.unique.<constraint>.field} and
 * {@code vigie.unique.<constraint>}), so the platform knows no feature.
 */
final class UniqueKeyConflicts {

  static final String UNIQUE_VIOLATION = "23505";
  /** H2 names the index behind the constraint, e.g. {@code UQ_ESTABLISHMENT_FINESS_INDEX_A}. */
  private static final Pattern CONSTRAINT =
      Pattern.compile("(uq_[a-z0-9_]+?)(?:_index_[a-z0-9]+)?(?![a-z0-9_])");

  private UniqueKeyConflicts() {}

  /** The 409 answer if {@code e} is, or is caused by, a unique-constraint violation. */
  static Optional<Response> of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String constraint = null;
      boolean unique = false;
      if (t instanceof org.hibernate.exception.ConstraintViolationException cve) {
        unique = cve.getSQLException() != null && UNIQUE_VIOLATION.equals(cve.getSQLException().getSQLState());
        constraint = constraintIn(cve.getConstraintName());
        if (constraint == null && cve.getSQLException() != null) {
          constraint = constraintIn(cve.getSQLException().getMessage());
        }
      } else if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        unique = true;
        constraint = constraintIn(sql.getMessage());
      }
      if (unique) {
        return Optional.of(response(constraint));
      }
    }
    return Optional.empty();
  }

  static String constraintIn(String text) {
    if (text == null) {
      return null;
    }
    var matcher = CONSTRAINT.matcher(text.toLowerCase(Locale.ROOT));
    return matcher.find() ? matcher.group(1) : null;
  }

  private static Response response(String constraint) {
    String fieldKey = "vigie.unique." + constraint + ".field";
    String field = constraint == null ? fieldKey : Messages.get(fieldKey);
    if (field.equals(fieldKey)) {
      String message = Messages.get("vigie.unique.conflict");
      return Problems.response(ProblemType.CONFLICT, message);
    }
    String message = Messages.get("vigie.unique." + constraint);
    return Problems.response(ProblemType.CONFLICT, message, List.of(new Violation(field, message)));
  }
}
