package fr.vigie.incidents.boundary;

import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.incidents.control.IncidentRepository;
import fr.vigie.incidents.entity.IncidentStatus;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.crud.CrudResponses;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The incident register: declaration, routing of the reporting duties, their follow-up, the log export. */
@ApplicationScoped
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Incidents of AI systems and the reporting duties computed for them")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class IncidentsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PDF = "application/pdf";

  @Inject IncidentService service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Incidents, latest awareness first (sort: awareAt, createdAt, status); "
      + "aiSystemId with open=true: total is the system's open-incident count")
  @APIResponse(responseCode = "200", description = "A page of incidents", content = @Content(schema = @Schema(implementation = IncidentPage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public IncidentPage list(
      @Parameter(description = "Only this AI system's incidents") @QueryParam("aiSystemId") Long aiSystemId,
      @Parameter(description = "Only this status") @QueryParam("status") IncidentStatus status,
      @Parameter(description = "true: not closed; false: closed") @QueryParam("open") Boolean open,
      @Valid @BeanParam PageRequest paging) {
    return service.list(new IncidentRepository.Filter(aiSystemId, status, open), paging);
  }

  @GET
  @Path("duties")
  @Operation(summary = "What needs doing: duties to do whose deadline has passed (overdue), falls within 48 h (soon), or both (all)")
  @APIResponse(responseCode = "200", description = "Earliest deadline first", content = @Content(schema = @Schema(implementation = IncidentDutiesDue.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public IncidentDutiesDue due(
      @Parameter(description = "overdue, soon or all") @QueryParam("due") @DefaultValue("all") String due) {
    if (!due.equals("overdue") && !due.equals("soon") && !due.equals("all")) {
      throw ProblemException.invalid("due", Messages.get("vigie.param.oneOf", "overdue, soon, all"));
    }
    return service.due(due);
  }

  @GET
  @Path("export")
  @Produces({PDF, XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "The incident log (filtered as the list) as a French A4 PDF or XLSX")
  @APIResponse(responseCode = "200", description = "The file", content = {
      @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
      @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response export(
      @QueryParam("aiSystemId") Long aiSystemId,
      @QueryParam("status") IncidentStatus status,
      @QueryParam("open") Boolean open,
      @QueryParam("format") @DefaultValue("pdf") String format,
      @QueryParam("lang") @DefaultValue("fr") String lang) {
    boolean xlsx = switch (format) {
      case "pdf" -> false;
      case "xlsx" -> true;
      default -> throw ProblemException.invalid("format", Messages.get("vigie.param.oneOf", "pdf, xlsx"));
    };
    if (!lang.equals("fr") && !lang.equals("en")) {
      throw ProblemException.invalid("lang", Messages.get("vigie.param.oneOf", "fr, en"));
    }
    Locale locale = Locale.forLanguageTag(lang);
    var incidents = service.export(new IncidentRepository.Filter(aiSystemId, status, open), locale);
    var export = new IncidentLogExport(locale);
    StreamingOutput body = out -> {
      if (xlsx) {
        export.writeXlsx(incidents, out);
      } else {
        export.writePdf(incidents, out);
      }
    };
    String file = "registre-incidents-" + LocalDate.now() + (xlsx ? ".xlsx" : ".pdf");
    return Response.ok(body, xlsx ? XLSX : PDF)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One incident with its duties; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The incident", content = @Content(schema = @Schema(implementation = IncidentDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("id") long id) {
    return CrudResponses.ok(service.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.INNOVATION, Roles.ETHICS, Roles.CONTRIBUTOR})
  @Operation(summary = "Declare an incident; the server computes its reporting duties and their deadlines")
  @APIResponse(responseCode = "201", description = "Declared", content = @Content(schema = @Schema(implementation = IncidentDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response create(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IncidentRequest body) {
    Versions.requireNoIfMatch(ifMatch);
    IncidentDto incident = service.create(body);
    var location = uriInfo.getAbsolutePathBuilder().path(Long.toString(incident.id())).build();
    return Response.created(location).entity(incident).tag(Versions.etag(incident.version())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Correct an incident's facts (not its AI system) until it is closed; the duties are routed again, "
      + "those done or set not applicable by someone are kept")
  @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = IncidentDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull IncidentRequest body) {
    return CrudResponses.ok(service.update(id, Versions.expected(ifMatch), body));
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Move the incident to NOTIFIED or CLOSED (closing needs a comment); refused (422) while a duty is to do")
  @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = IncidentDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response changeStatus(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull IncidentStatusRequest body) {
    return CrudResponses.ok(service.changeStatus(id, Versions.expected(ifMatch), body));
  }

  @PUT
  @Path("{id}/duties/{dutyId}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Record a duty done (when, reference), not applicable (reason) or back to do; If-Match: the duty's version. "
      + "Answers the whole incident, whose ETag is the incident's")
  @APIResponse(responseCode = "200", description = "The incident", content = @Content(schema = @Schema(implementation = IncidentDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response updateDuty(@PathParam("id") long id, @PathParam("dutyId") long dutyId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IncidentDutyRequest body) {
    return CrudResponses.ok(service.updateDuty(id, dutyId, Versions.expected(ifMatch), body));
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Audit trail of an incident's facts and status, newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.history(id, paging);
  }
}
