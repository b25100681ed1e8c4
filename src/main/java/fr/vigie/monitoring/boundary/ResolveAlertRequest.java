package fr.vigie.monitoring.boundary;

import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/monitoring-alerts/{id}/resolve. */
public class ResolveAlertRequest {

  /** What was done about the breach (recalibration, supplier contacted, use suspended…). */
  @MultiLine @NotBlank @Size(max = 2000) public String actionTaken;

  @MultiLine @Size(max = 2000) public String comment;
}
