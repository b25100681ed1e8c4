package fr.vigie.biasreviews.boundary;

import fr.vigie.audit.boundary.HistoryPage;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bias reviews: recorded once, never replaced in place (no PUT or DELETE); a correction supersedes. */
@ApplicationScoped
@Path("bias-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bias reviews", description = "Bias reviews of AI systems: per-group figures and the reviewers' conclusion")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class BiasReviewsResource {

  @Inject BiasReviewService service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The bias reviews of an AI system, newest review first (sort: reviewedOn, recordedAt, nextReviewOn)")
  @APIResponse(responseCode = "200", description = "A page of reviews", content = @Content(schema = @Schema(implementation = BiasReviewPage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public BiasReviewPage list(
      @Parameter(description = "The AI system", required = true) @NotNull @QueryParam("aiSystemId") Long aiSystemId,
      @Parameter(description = "true: only reviews not superseded; false: only superseded ones; absent: all")
          @QueryParam("current") Boolean current,
      @Valid @BeanParam PageRequest paging) {
    return service.list(aiSystemId, current, paging);
  }

  @GET
  @Path("due")
  @Operation(summary = "AI systems in use whose bias review falls due within withinDays days (0 to 366, default 30;"
      + " 0: today and overdue only) or is overdue: per system its latest review in force, soonest first")
  @APIResponse(responseCode = "200", description = "A page of reviews due", content = @Content(schema = @Schema(implementation = BiasReviewDuePage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public BiasReviewDuePage due(@Valid @BeanParam BiasReviewDueQuery query, @Valid @BeanParam PageRequest paging) {
    return service.due(query.withinDays, paging);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One bias review; its version is the ETag (it changes once, when the review is superseded)")
  @APIResponse(responseCode = "200", description = "The review", content = @Content(schema = @Schema(implementation = BiasReviewDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("id") long id) {
    return CrudResponses.ok(service.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Record a bias review; the server computes the per-group figures. With supersedesId it corrects and replaces that review")
  @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = BiasReviewDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response create(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull BiasReviewRequest body) {
    Versions.requireNoIfMatch(ifMatch);
    BiasReviewDto review = service.create(body);
    var location = uriInfo.getAbsolutePathBuilder().path(Long.toString(review.id())).build();
    return Response.created(location).entity(review).tag(Versions.etag(review.version())).build();
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Audit trail of a bias review (its recording, and its replacement if any), newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.history(id, paging);
  }
}
