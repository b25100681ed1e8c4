package fr.vigie.monitoring.boundary;

import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.monitoring.control.AlertFilter;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.crud.CrudResponses;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("monitoring-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring alerts", description = "Alerts opened by breaching checks: acknowledged and resolved by people")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class MonitoringAlertsResource {

  @Inject MonitoringAlertService service;

  @GET
  @Operation(summary = "Alerts, newest opened first (sort: openedAt, severity, lastBreachAt; status UNRESOLVED: open or acknowledged)")
  @APIResponse(responseCode = "200", description = "A page of alerts", content = @Content(schema = @Schema(implementation = AlertPage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public AlertPage list(@BeanParam AlertFilter filter, @Valid @BeanParam PageRequest paging) {
    return service.list(filter, paging);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One alert; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The alert", content = @Content(schema = @Schema(implementation = AlertDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("id") long id) {
    return CrudResponses.ok(service.get(id));
  }

  @POST
  @Path("{id}/acknowledge")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Take an open alert in hand (If-Match: the ETag you read)")
  @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(implementation = AlertDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response acknowledge(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AcknowledgeAlertRequest body) {
    return CrudResponses.ok(service.acknowledge(id, Versions.expected(ifMatch), body));
  }

  @POST
  @Path("{id}/resolve")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Resolve an open or acknowledged alert with the action taken (If-Match: the ETag you read)")
  @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(implementation = AlertDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response resolve(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ResolveAlertRequest body) {
    return CrudResponses.ok(service.resolve(id, Versions.expected(ifMatch), body));
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Audit trail of an alert (opening, breaches, acknowledgement, resolution), newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.history(id, paging);
  }
}
