package fr.vigie.usecases.boundary;

import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.crud.CrudResponses;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.security.Roles;
import fr.vigie.usecases.control.UseCaseFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
@Path("use-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Use cases", description = "Use-case cards of the innovation portfolio and their pipeline")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class UseCasesResource {

  @Inject UseCaseService service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List use cases, filtered (stage, category, origin, tag, text, mine), sorted and paged")
  @APIResponse(responseCode = "200", description = "A page of use cases", content = @Content(schema = @Schema(implementation = UseCasePage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public UseCasePage list(@Valid @BeanParam UseCaseFilter filter, @Valid @BeanParam PageRequest paging) {
    return service.list(filter, paging);
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @GET
  @Path("export")
  @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "Export the filtered use cases as CSV (French Excel: UTF-8 BOM, ';') or XLSX")
  @APIResponse(responseCode = "200", description = "The file", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
      @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response export(
      @Valid @BeanParam UseCaseFilter filter,
      @Valid @BeanParam PageRequest sorting,
      @QueryParam("format") @DefaultValue("csv") String format,
      @QueryParam("lang") @DefaultValue("fr") String lang) {
    boolean xlsx = switch (format) {
      case "csv" -> false;
      case "xlsx" -> true;
      default -> throw ProblemException.invalid("format", Messages.get("vigie.param.oneOf", "csv, xlsx"));
    };
    var export = new UseCaseExport(locale(lang));
    var rows = service.export(filter, sorting);
    StreamingOutput body = out -> {
      if (xlsx) {
        export.writeXlsx(rows, out);
      } else {
        export.writeCsv(rows, out);
      }
    };
    String file = export.fileName() + "-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
    return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  @GET
  @Path("{id}/card.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "The card as an A4 PDF (French by default, lang=en for English)")
  @APIResponse(responseCode = "200", description = "The PDF", content =
      @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response cardPdf(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("fr") String lang) {
    var pdf = new UseCaseCardPdf(locale(lang));
    var card = service.get(id);
    StreamingOutput body = out -> pdf.write(card, out);
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + UseCaseExport.labels(locale(lang)).getString("file")
            + "-" + id + ".pdf\"")
        .build();
  }

  private static Locale locale(String lang) {
    if (!lang.equals("fr") && !lang.equals("en")) {
      throw ProblemException.invalid("lang", Messages.get("vigie.param.oneOf", "fr, en"));
    }
    return Locale.forLanguageTag(lang);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One use-case card with its estimate; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The card", content = @Content(schema = @Schema(implementation = UseCaseDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("id") long id) {
    return CrudResponses.get(service, id);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.CONTRIBUTOR})
  @Operation(summary = "Propose a use case (title, irritant and origin suffice)")
  @APIResponse(responseCode = "201", description = "Proposed", content = @Content(schema = @Schema(implementation = UseCaseDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response create(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UseCaseRequest body) {
    return CrudResponses.create(service, uriInfo, ifMatch, body);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.CONTRIBUTOR})
  @Operation(summary = "Replace a card (If-Match: the ETag you read); a contributor only their own, while identified")
  @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = UseCaseDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UseCaseRequest body) {
    return CrudResponses.update(service, id, ifMatch, body);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.CONTRIBUTOR})
  @Operation(summary = "Delete a use case (If-Match; refused while linked to a SIA or named by duplicates)")
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
  @Operation(summary = "Audit trail of a use case, newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.history(id, paging);
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Roles.ADMIN, Roles.INNOVATION})
  @Operation(summary = "Move a use case to another stage (If-Match); 409 when the pipeline does not allow it, "
      + "422 naming each unmet gate")
  @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = UseCaseDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response transition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UseCaseTransitionRequest body) {
    return CrudResponses.ok(service.transition(id, Versions.expected(ifMatch), body));
  }

  @GET
  @Path("{id}/transitions")
  @Operation(summary = "The stage changes of a use case (who, when, why) and the time spent in each stage")
  @APIResponse(responseCode = "200", description = "The pipeline history", content = @Content(schema = @Schema(implementation = UseCasePipeline.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public UseCasePipeline transitions(@PathParam("id") long id) {
    return service.pipeline(id);
  }

  @POST
  @Path("{id}/ai-system")
  @RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY})
  @Operation(summary = "Create the SIA of the register from the card, prefilled, and link it (If-Match; all or nothing)")
  @APIResponse(responseCode = "201", description = "Created and linked", content = @Content(schema = @Schema(implementation = UseCaseAiSystemCreated.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response createAiSystem(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UseCaseAiSystemRequest body) {
    var created = service.createAiSystem(id, Versions.expected(ifMatch), body);
    var location = uriInfo.getBaseUriBuilder().path("ai-systems").path(Long.toString(created.aiSystemId())).build();
    return Response.created(location).entity(created).tag(Versions.etag(created.useCase().version())).build();
  }
}
