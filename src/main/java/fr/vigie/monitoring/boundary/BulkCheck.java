package fr.vigie.monitoring.boundary;

import jakarta.validation.constraints.NotNull;

/** One check of a bulk posting: the line it belongs to, then the same fields as a single check. */
public class BulkCheck extends CheckRequest {

  @NotNull public Long lineId;

  /** The single-check part, stored in the same form as a check posted alone (so a retry compares equal). */
  CheckRequest single() {
    CheckRequest check = new CheckRequest();
    check.periodStart = periodStart;
    check.periodEnd = periodEnd;
    check.reference = reference;
    check.current = current;
    check.periods = periods;
    check.referencePeriods = referencePeriods;
    check.mu0 = mu0;
    check.sigma = sigma;
    check.options = options;
    return check;
  }
}
