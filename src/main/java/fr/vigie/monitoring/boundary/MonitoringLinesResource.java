package fr.vigie.monitoring.boundary;

import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.monitoring.control.CheckCsv;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("monitoring-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Monitoring plans of AI systems: lines and their checks")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class MonitoringLinesResource {

  static final String CSV = "text/csv";

  @Inject MonitoringService service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The monitoring plan of an AI system: its lines, with next due date and overdue flag")
  @APIResponse(responseCode = "200", description = "A page of lines", content = @Content(schema = @Schema(implementation = MonitoringLinePage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public MonitoringLinePage list(
      @Parameter(description = "The AI system", required = true) @NotNull @QueryParam("aiSystemId") Long aiSystemId,
      @Valid @BeanParam PageRequest paging) {
    return service.lines(aiSystemId, paging);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One monitoring line; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The line", content = @Content(schema = @Schema(implementation = MonitoringLineDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("id") long id) {
    return CrudResponses.get(service, id);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Add a line to an AI system's monitoring plan")
  @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MonitoringLineDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response create(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MonitoringLineRequest body) {
    return CrudResponses.create(service, uriInfo, ifMatch, body);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Replace a monitoring line (If-Match: the ETag you read); recorded checks keep their thresholds")
  @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = MonitoringLineDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull MonitoringLineRequest body) {
    return CrudResponses.update(service, id, ifMatch, body);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Delete a monitoring line without recorded checks (If-Match required)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    CrudResponses.delete(service, id, ifMatch);
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Audit trail of a monitoring line, newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.history(id, paging);
  }

  @GET
  @Path("{id}/checks")
  @Operation(summary = "The recorded checks of a line, newest period first (sort: periodEnd or -periodEnd)")
  @APIResponse(responseCode = "200", description = "A page of checks", content = @Content(schema = @Schema(implementation = MonitoringCheckPage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public MonitoringCheckPage checks(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.checks(id, paging);
  }

  @POST
  @Path("{id}/checks")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Record one check of a line for one period from summary data; the core computes its figures and severity")
  @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = MonitoringCheckDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response record(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CheckRequest body) {
    Versions.requireNoIfMatch(ifMatch);
    MonitoringCheckDto check = service.record(id, body);
    var location = uriInfo.getAbsolutePathBuilder().path(Long.toString(check.id())).build();
    return Response.created(location).entity(check).build();
  }

  @POST
  @Path("{id}/checks/csv")
  @Consumes(CSV)
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Record one check from a CSV file (UTF-8, ';' ',' or tab, at most 1 MB and 10,000 lines;"
      + " columns by method: docs/computations.md); the same validation and storage as a JSON check")
  @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = MonitoringCheckDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public Response recordCsv(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @BeanParam CsvCheckQuery query,
      @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
      InputStream body) throws IOException {
    Versions.requireNoIfMatch(ifMatch);
    byte[] bytes = body.readNBytes(CheckCsv.MAX_BYTES + 1);
    MonitoringCheckDto check = service.recordCsv(id, query, bytes);
    var location = uriInfo.getBaseUriBuilder().path("monitoring-lines").path(Long.toString(id)).path("checks")
        .path(Long.toString(check.id())).build();
    return Response.created(location).entity(check).build();
  }

  @POST
  @Path("bulk-checks")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Record many checks (many periods, many lines) all or nothing; a retry of a recorded (line, period) is not recorded twice")
  @APIResponse(responseCode = "200", description = "Every check recorded or already recorded", content = @Content(schema = @Schema(implementation = BulkChecksResult.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public BulkChecksResult recordAll(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull BulkChecksRequest body) {
    Versions.requireNoIfMatch(ifMatch);
    return service.recordAll(body);
  }
}
