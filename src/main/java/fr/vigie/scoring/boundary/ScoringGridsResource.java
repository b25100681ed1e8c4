package fr.vigie.scoring.boundary;

import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scoring grids: immutable versions; editing a grid writes its next version. */
@ApplicationScoped
@Path("scoring-grids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring grids", description = "Value and feasibility criteria, weights, anchors and thresholds")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ScoringGridsResource {

  @Inject ScoringGridService service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The latest version of each grid, or every version with allVersions=true")
  @APIResponse(responseCode = "200", description = "Grids by family then version",
      content = @Content(schema = @Schema(implementation = ScoringGridDto.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public List<ScoringGridDto> list(
      @Parameter(description = "true: every version of every grid") @QueryParam("allVersions") Boolean allVersions) {
    return service.list(Boolean.TRUE.equals(allVersions));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One grid version with its criteria and anchors")
  @APIResponse(responseCode = "200", description = "The grid version", content = @Content(schema = @Schema(implementation = ScoringGridDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public ScoringGridDto get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Create a grid (version 1 of a new family)")
  @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ScoringGridDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response create(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ScoringGridRequest body) {
    Versions.requireNoIfMatch(ifMatch);
    return created(service.create(body));
  }

  @POST
  @Path("{id}/versions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Edit a grid: write the next version of its family from the latest version {id} (409 when {id} is not the latest)")
  @APIResponse(responseCode = "201", description = "The new version", content = @Content(schema = @Schema(implementation = ScoringGridDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response newVersion(@PathParam("id") long id, @Valid @NotNull ScoringGridRequest body) {
    return created(service.newVersion(id, body));
  }

  private Response created(ScoringGridDto grid) {
    var location = uriInfo.getBaseUriBuilder().path("scoring-grids").path(Long.toString(grid.id())).build();
    return Response.created(location).entity(grid).build();
  }
}
