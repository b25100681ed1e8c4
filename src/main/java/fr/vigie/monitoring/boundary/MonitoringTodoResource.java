package fr.vigie.monitoring.boundary;

import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import fr.vigie.monitoring.control.TodoFilter;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring alerts", description = "Alerts opened by breaching checks: acknowledged and resolved by people")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class MonitoringTodoResource {

  @Inject MonitoringAlertService service;

  @GET
  @Path("todo")
  @Operation(summary = "What needs doing: per line owner, the overdue lines and the unresolved alerts")
  @APIResponse(responseCode = "200", description = "Owners in alphabetical order", content = @Content(schema = @Schema(implementation = MonitoringTodo.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public MonitoringTodo todo(@Valid @BeanParam TodoFilter filter) {
    return service.todo(filter.owner);
  }
}
