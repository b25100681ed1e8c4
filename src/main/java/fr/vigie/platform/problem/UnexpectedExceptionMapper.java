package fr.vigie.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Last resort: anything unexpected is logged with an incident id and answered 500 with that id only
 * (no stack trace, no class name). Known client mistakes never reach this mapper; optimistic-lock
 * failures and unique-constraint violations ({@link UniqueKeyConflicts}) that escape a service are
 * translated to 409 here because they surface wrapped in persistence or transaction exceptions.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable e) {
    var conflict = UniqueKeyConflicts.of(e);
    if (conflict.isPresent()) {
      return conflict.get();
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof org.hibernate.StaleStateException) {
        return Problems.response(
            ProblemType.CONCURRENT_MODIFICATION,
            "Someone else saved this resource at the same moment. Reload it and apply your change again.");
      }
      if (t instanceof PayloadTooLargeException tooLarge) {
        return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.detail());
      }
      if (t instanceof ProblemException problem) {
        return new ProblemExceptionMapper().toResponse(problem);
      }
      if (t instanceof jakarta.validation.ConstraintViolationException cve) {
        return new ConstraintViolationMapper().toResponse(cve);
      }
    }
    return Problems.response(ProblemType.INTERNAL, Incidents.record("in the API", e));
  }
}
