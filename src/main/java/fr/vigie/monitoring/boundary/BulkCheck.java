package fr.vigie.monitoring.boundary;

import jakarta.validation.constraints.NotNull;

/** One check of a bulk posting: the line it belongs to, then the same fields as a single check. */
public class BulkCheck extends CheckRequest {

  @NotNull public Long lineId;
}
