package fr.vigie.scoring.boundary;

import fr.vigie.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stored effective scores of several use cases at once (lists, matrix). */
@ApplicationScoped
@Path("use-case-scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Use-case scoring")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class UseCaseScoreListResource {

  @Inject ScoringService service;

  @GET
  @Operation(summary = "The effective scores of the given use cases (those rated at least once), by use case id")
  @APIResponse(responseCode = "200", description = "Scores",
      content = @Content(schema = @Schema(implementation = UseCaseScoreSummary.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public List<UseCaseScoreSummary> list(
      @Parameter(description = "Use case ids, comma-separated or repeated (at most 500)") @QueryParam("ids") List<String> ids) {
    List<Long> parsed = new ArrayList<>();
    for (String part : ids == null ? List.<String>of() : ids) {
      for (String id : part.split(",")) {
        if (id.isBlank()) {
          continue;
        }
        try {
          parsed.add(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
          throw fr.vigie.platform.problem.ProblemException.invalid("ids",
              fr.vigie.platform.i18n.Messages.get("vigie.scoring.ids.invalid", id.trim()));
        }
      }
    }
    return service.summaries(parsed);
  }
}
