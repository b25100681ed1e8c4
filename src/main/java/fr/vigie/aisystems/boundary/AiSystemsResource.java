package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.control.AiSystemFilter;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.crud.CrudResponses;
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
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("ai-systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "AI systems", description = "Register of the hospital group's AI systems (SIA)")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AiSystemsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject AiSystemService service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List the register, filtered, sorted and paged")
  @APIResponse(responseCode = "200", description = "A page of AI systems", content = @Content(schema = @Schema(implementation = AiSystemPage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public AiSystemPage list(@Valid @BeanParam AiSystemFilter filter, @Valid @BeanParam PageRequest paging) {
    return service.list(filter, paging);
  }

  @GET
  @Path("overview")
  @Operation(summary = "The register at a glance: systems by status and AI Act route, reviews overdue and due within 30 days, "
      + "DPIA or owner missing (each with the list query that shows exactly those systems), and the latest changes")
  @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = RegisterOverview.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public RegisterOverview overview() {
    return service.overview();
  }

  @GET
  @Path("export")
  @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "Export the filtered register as CSV (French Excel: UTF-8 BOM, ';') or XLSX")
  @APIResponse(responseCode = "200", description = "The file", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
      @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response export(
      @Valid @BeanParam AiSystemFilter filter,
      @Valid @BeanParam PageRequest sorting,
      @QueryParam("format") @DefaultValue("csv") String format,
      @QueryParam("lang") @DefaultValue("fr") String lang) {
    boolean xlsx = switch (format) {
      case "csv" -> false;
      case "xlsx" -> true;
      default -> throw ProblemException.invalid("format", Messages.get("vigie.param.oneOf", "csv, xlsx"));
    };
    if (!lang.equals("fr") && !lang.equals("en")) {
      throw ProblemException.invalid("lang", Messages.get("vigie.param.oneOf", "fr, en"));
    }
    var rows = service.export(filter, sorting);
    var export = new RegisterExport(Locale.forLanguageTag(lang));
    StreamingOutput body = out -> {
      if (xlsx) {
        export.writeXlsx(rows, out);
      } else {
        export.writeCsv(rows, out);
      }
    };
    String file = "registre-sia-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
    return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One AI system; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The AI system", content = @Content(schema = @Schema(implementation = AiSystemDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("id") long id) {
    return CrudResponses.get(service, id);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Register an AI system")
  @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = AiSystemDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response create(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AiSystemRequest body) {
    return CrudResponses.create(service, uriInfo, ifMatch, body);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Replace an AI system (If-Match: the ETag you read)")
  @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = AiSystemDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AiSystemRequest body) {
    return CrudResponses.update(service, id, ifMatch, body);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Delete an AI system from the register (If-Match required; its history stays)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    CrudResponses.delete(service, id, ifMatch);
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Audit trail of an AI system, newest first: who changed which field, before and after")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.history(id, paging);
  }
}
