package fr.vigie.scoring.boundary;

import fr.vigie.platform.crud.CrudResponses;
import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The raters' ratings of a use case. */
@ApplicationScoped
@Path("use-cases/{useCaseId}/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Use-case scoring", description = "Ratings, aggregated value and feasibility scores, explanation, overrides")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class UseCaseRatingsResource {

  @Inject ScoringService service;

  @GET
  @Operation(summary = "Every rater's ratings of the use case, every grid version (counted: made with the current one)")
  @APIResponse(responseCode = "200", description = "Rating sets, newest grid version first",
      content = @Content(schema = @Schema(implementation = RatingSetDto.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<RatingSetDto> list(@PathParam("useCaseId") long useCaseId) {
    return service.ratings(useCaseId);
  }

  @GET
  @Path("mine")
  @Operation(summary = "The caller's ratings against the use case's current grid version; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The caller's ratings", content = @Content(schema = @Schema(implementation = RatingSetDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response mine(@PathParam("useCaseId") long useCaseId) {
    return CrudResponses.ok(service.mine(useCaseId));
  }

  @PUT
  @Path("mine")
  @RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.CONTRIBUTOR})
  @Operation(summary = "Rate the use case (complete or partial) against its current grid version; the aggregate is updated in the same transaction. First rating: no If-Match; later: If-Match required")
  @APIResponse(responseCode = "200", description = "The caller's ratings", content = @Content(schema = @Schema(implementation = RatingSetDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response rate(@PathParam("useCaseId") long useCaseId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RatingRequest body) {
    return CrudResponses.ok(service.rate(useCaseId, ifMatch, body));
  }
}
