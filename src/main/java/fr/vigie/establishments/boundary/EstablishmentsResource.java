package fr.vigie.establishments.boundary;

import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.platform.crud.CrudResponses;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.establishments.control.EstablishmentFilter;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("establishments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Establishments", description = "Establishments of the hospital group (GHT)")
@RolesAllowed({Roles.ADMIN, Roles.INNOVATION, Roles.QUALITY, Roles.ETHICS, Roles.EXECUTIVE, Roles.CONTRIBUTOR, Roles.VIEWER})
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class EstablishmentsResource {

  @Inject EstablishmentService service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List establishments (search on name, short name, FINESS; archived or not)")
  @APIResponse(responseCode = "200", description = "A page of establishments", content = @Content(schema = @Schema(implementation = EstablishmentPage.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public EstablishmentPage list(@Valid @BeanParam EstablishmentFilter filter, @Valid @BeanParam PageRequest paging) {
    return service.list(filter, paging);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One establishment; its version is the ETag")
  @APIResponse(responseCode = "200", description = "The establishment", content = @Content(schema = @Schema(implementation = EstablishmentDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(@PathParam("id") long id) {
    return CrudResponses.get(service, id);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Add an establishment")
  @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EstablishmentDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response create(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull EstablishmentRequest body) {
    return CrudResponses.create(service, uriInfo, ifMatch, body);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Replace an establishment (If-Match: the ETag you read)")
  @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = EstablishmentDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull EstablishmentRequest body) {
    return CrudResponses.update(service, id, ifMatch, body);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
  @Operation(summary = "Delete an establishment no AI system refers to (If-Match required)")
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
  @Operation(summary = "Audit trail of an establishment, newest first")
  @APIResponse(responseCode = "200", description = "A page of history", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public HistoryPage history(@PathParam("id") long id, @Valid @BeanParam PageRequest paging) {
    return service.history(id, paging);
  }
}
