package fr.vigie.incidents.boundary;

import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reporting rules the routing applies: data, with sources and validity dates. */
@ApplicationScoped
@Path("incident-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Incidents of AI systems and the reporting duties computed for them")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class IncidentRulesResource {

  @Inject IncidentService service;

  @GET
  @Operation(summary = "Every rule version, in routing order: duty kind, condition (predicate), addressee, legal basis, "
      + "source, deadline (amount and unit; 0 = immediately; none = no deadline in the text) and validity")
  @APIResponse(responseCode = "200", description = "The rules", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IncidentRuleDto.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public List<IncidentRuleDto> rules() {
    return service.rules();
  }
}
