package fr.vigie.monitoring.boundary;

import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.Size;

/** Body of POST /api/monitoring-alerts/{id}/acknowledge: the alert is taken in hand. */
public class AcknowledgeAlertRequest {

  /** Optional: who looks into it, what is planned. */
  @MultiLine @Size(max = 2000) public String comment;
}
