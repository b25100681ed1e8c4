package fr.vigie.monitoring.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of POST /api/monitoring-lines/bulk-checks: many periods for many lines, recorded all or nothing. */
public class BulkChecksRequest {

  public static final int MAX_CHECKS = 500;

  @NotNull @Valid @Size(min = 1, max = MAX_CHECKS) public List<@NotNull BulkCheck> checks;
}
