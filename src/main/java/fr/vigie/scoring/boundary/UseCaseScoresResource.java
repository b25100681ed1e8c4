package fr.vigie.scoring.boundary;

import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.platform.crud.CrudResponses;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.security.Roles;
import fr.vigie.scoring.entity.Axis;
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
import jakarta.ws.rs.PUT;
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

/** The aggregated scores of a use case, their explanation, overrides and re-scoring. */
@ApplicationScoped
@Path("use-cases/{useCaseId}/scores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Use-case scoring")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class UseCaseScoresResource {

  @Inject ScoringService service;

  @GET
  @Operation(summary = "The aggregate (mean, median, min, max, standard deviation per axis, disagreement, quadrant, priority) and each counted rater's axis scores; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The scores", content = @Content(schema = @Schema(implementation = UseCaseScoresDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("useCaseId") long useCaseId) {
    return CrudResponses.ok(service.scores(useCaseId));
  }

  @GET
  @Path("explanation")
  @Operation(summary = "The formulas and every input: criteria, weights, each rater's levels, intermediate sums, thresholds")
  @APIResponse(responseCode = "200", description = "The explanation", content = @Content(schema = @Schema(implementation = ScoreExplanationDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public ScoreExplanationDto explanation(@PathParam("useCaseId") long useCaseId) {
    return service.explanation(useCaseId);
  }

  @GET
  @Path("history")
  @Operation(summary = "Audit trail of the overrides and re-scorings, newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("useCaseId") long useCaseId, @Valid @BeanParam PageRequest paging) {
    return service.history(useCaseId, paging);
  }

  @PUT
  @Path("overrides/{axis}")
  @RolesAllowed(Roles.INNOVATION)
  @Operation(summary = "Override the aggregated score of one axis with a mandatory reason; the computed value stays visible. If-Match: the scores' ETag")
  @APIResponse(responseCode = "200", description = "The scores", content = @Content(schema = @Schema(implementation = UseCaseScoresDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response override(@PathParam("useCaseId") long useCaseId, @PathParam("axis") Axis axis,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ScoreOverrideRequest body) {
    return CrudResponses.ok(service.override(useCaseId, axis, ifMatch, body));
  }

  @DELETE
  @Path("overrides/{axis}")
  @RolesAllowed(Roles.INNOVATION)
  @Operation(summary = "Remove the override of one axis (audited). If-Match: the scores' ETag")
  @APIResponse(responseCode = "200", description = "The scores", content = @Content(schema = @Schema(implementation = UseCaseScoresDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response removeOverride(@PathParam("useCaseId") long useCaseId, @PathParam("axis") Axis axis,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return CrudResponses.ok(service.removeOverride(useCaseId, axis, ifMatch));
  }

  @PUT
  @Path("grid")
  @RolesAllowed(Roles.INNOVATION)
  @Operation(summary = "Re-score explicitly against another grid version: older ratings stay visible, not counted; overrides are removed. If-Match: the scores' ETag")
  @APIResponse(responseCode = "200", description = "The scores", content = @Content(schema = @Schema(implementation = UseCaseScoresDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response chooseGrid(@PathParam("useCaseId") long useCaseId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ScoringGridChoiceRequest body) {
    return CrudResponses.ok(service.chooseGrid(useCaseId, ifMatch, body));
  }
}
