package fr.vigie.incidents.boundary;

import fr.vigie.incidents.entity.IncidentStatus;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/incidents/{id}/status: the next status; closing needs a comment (what was learnt, done). */
public class IncidentStatusRequest {

  @NotNull public IncidentStatus status;

  @MultiLine @Size(max = 4000) public String comment;
}
