package fr.vigie.platform.web;

import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest authenticated endpoint: a connectivity check for API clients and the baseline of the
 * register benchmark (same server, same authentication, no database).
 */
@ApplicationScoped
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform", description = "Connectivity")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
public class PingResource {

  @GET
  @Operation(summary = "Answers {\"status\":\"ok\"} to an authenticated caller")
  @APIResponse(responseCode = "200", description = "Reachable and authenticated")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public Map<String, String> ping() {
    return Map.of("status", "ok");
  }
}
