package fr.vigie.ethics.boundary;

import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.ethics.entity.ConditionStatus;
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

/** Ethics sign-off: reviews and decisions are recorded once (no PUT or DELETE); conditions are followed up. */
@ApplicationScoped
@Path("ethics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ethics", description = "Ethics reviews, committee decisions bound to the system's material version, conditions")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class EthicsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject EthicsService service;
  @Context UriInfo uriInfo;

  @GET
  @Path("ai-systems/{aiSystemId}")
  @Operation(summary = "The ethics file of an AI system: its sign-off (computed now) and its reviews with decisions")
  @APIResponse(responseCode = "200", description = "The file", content = @Content(schema = @Schema(implementation = EthicsFileDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public EthicsFileDto file(@PathParam("aiSystemId") long aiSystemId) {
    return service.file(aiSystemId);
  }

  @GET
  @Path("ai-systems/{aiSystemId}/sign-off")
  @Operation(summary = "The ethics sign-off of an AI system: NONE, VALID, TO_RENEW (with the changed fields), UNFAVOURABLE or PENDING")
  @APIResponse(responseCode = "200", description = "The sign-off", content = @Content(schema = @Schema(implementation = EthicsSignOffDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public EthicsSignOffDto signOff(@PathParam("aiSystemId") long aiSystemId) {
    return service.signOff(aiSystemId);
  }

  @POST
  @Path("reviews")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.ETHICS})
  @Operation(summary = "Ask the ethics committee for its opinion on an AI system")
  @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = EthicsReviewDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response createReview(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull EthicsReviewRequest body) {
    Versions.requireNoIfMatch(ifMatch);
    EthicsReviewDto review = service.createReview(body);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(review.id())).build())
        .entity(review).build();
  }

  @GET
  @Path("reviews/{id}")
  @Operation(summary = "One ethics review with its decisions")
  @APIResponse(responseCode = "200", description = "The review", content = @Content(schema = @Schema(implementation = EthicsReviewDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public EthicsReviewDto review(@PathParam("id") long id) {
    return service.review(id);
  }

  @POST
  @Path("decisions")
  @RolesAllowed(Roles.ETHICS)
  @Operation(summary = "Record the committee's decision on a review, bound to the system's material version now; with supersedesId it corrects and replaces that decision")
  @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = EthicsDecisionDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response createDecision(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull EthicsDecisionRequest body) {
    Versions.requireNoIfMatch(ifMatch);
    EthicsDecisionDto decision = service.createDecision(body);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(decision.id())).build())
        .entity(decision).tag(Versions.etag(decision.version())).build();
  }

  @GET
  @Path("decisions/{id}")
  @Operation(summary = "One decision; its version is the ETag (it changes once, when the decision is superseded)")
  @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = EthicsDecisionDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response decision(@PathParam("id") long id) {
    return CrudResponses.ok(service.decision(id));
  }

  @GET
  @Path("conditions")
  @Operation(summary = "Conditions of the decisions in force, earliest due first")
  @APIResponse(responseCode = "200", description = "A page of conditions", content = @Content(schema = @Schema(implementation = EthicsConditionPage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public EthicsConditionPage conditions(
      @Parameter(description = "Only this AI system's") @QueryParam("aiSystemId") Long aiSystemId,
      @Parameter(description = "Only conditions in this status") @QueryParam("status") ConditionStatus status,
      @Parameter(description = "true: only open conditions due before today") @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @Valid @BeanParam PageRequest paging) {
    return service.conditions(aiSystemId, status, overdue, paging);
  }

  @GET
  @Path("conditions/{id}")
  @Operation(summary = "One condition; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The condition", content = @Content(schema = @Schema(implementation = EthicsConditionDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response condition(@PathParam("id") long id) {
    return CrudResponses.ok(service.condition(id));
  }

  @PUT
  @Path("conditions/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.ETHICS})
  @Operation(summary = "Update a condition's follow-up (owner, due date, closing or reopening); send its ETag in If-Match")
  @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = EthicsConditionDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response followUp(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConditionFollowUpRequest body) {
    return CrudResponses.ok(service.followUp(id, Versions.expected(ifMatch), body));
  }

  @GET
  @Path("conditions/{id}/history")
  @Operation(summary = "Audit trail of a condition's follow-up, newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage conditionHistory(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.conditionHistory(id, paging);
  }

  @GET
  @Path("export")
  @Produces({"application/pdf", XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "Export the état des lieux des questionnements éthiques (questions, decisions, conditions, renewals due) as PDF or XLSX")
  @APIResponse(responseCode = "200", description = "The file", content = {
      @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
      @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response export(
      @Parameter(description = "pdf or xlsx") @QueryParam("format") @DefaultValue("pdf") String format,
      @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr") String lang,
      @Parameter(description = "Only the AI systems of this establishment") @QueryParam("establishmentId") Long establishmentId) {
    boolean xlsx = switch (format) {
      case "pdf" -> false;
      case "xlsx" -> true;
      default -> throw ProblemException.invalid("format", Messages.get("vigie.param.oneOf", "pdf, xlsx"));
    };
    if (!lang.equals("fr") && !lang.equals("en")) {
      throw ProblemException.invalid("lang", Messages.get("vigie.param.oneOf", "fr, en"));
    }
    var entries = service.inventory(establishmentId);
    var export = new EthicsExport(Locale.forLanguageTag(lang), LocalDate.now(EthicsService.HOSPITAL_ZONE));
    StreamingOutput body = out -> {
      if (xlsx) {
        export.writeXlsx(entries, out);
      } else {
        export.writePdf(entries, out);
      }
    };
    String file = "etat-des-lieux-ethique-" + LocalDate.now(EthicsService.HOSPITAL_ZONE) + (xlsx ? ".xlsx" : ".pdf");
    return Response.ok(body, xlsx ? XLSX : "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
  }
}
