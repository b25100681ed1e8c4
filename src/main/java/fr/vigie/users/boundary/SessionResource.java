package fr.vigie.users.boundary;

import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.security.CallerVerifier;
import fr.vigie.platform.security.VerifiedCaller;
import fr.vigie.platform.security.VigieAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in session of the web interface (HttpOnly, SameSite=Strict cookie). */
@ApplicationScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Sign in and out of the web interface")
@PermitAll // open by design (web.xml leaves /api/session out of the authentication constraint)
public class SessionResource {

  @Inject CallerVerifier verifier;
  @Inject UserService users;
  @Context HttpServletRequest request;

  @POST
  @Operation(summary = "Sign in with a user name and password; opens a session cookie")
  @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = SessionInfo.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public SessionInfo signIn(@Valid @NotNull LoginRequest body) {
    VerifiedCaller caller = verifier.verify(body.username, body.password, false, request.getRemoteAddr());
    if (caller == null) {
      throw new ProblemException(ProblemType.UNAUTHENTICATED, "Wrong user name or password.");
    }
    var previous = request.getSession(false);
    if (previous != null) {
      previous.invalidate();
    }
    request.getSession(true).setAttribute(VigieAuthenticationMechanism.SESSION_ATTRIBUTE, caller);
    return describe(caller.name());
  }

  @GET
  @Operation(summary = "The signed-in user")
  @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = SessionInfo.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public SessionInfo current() {
    var principal = request.getUserPrincipal();
    if (principal == null) {
      throw new ProblemException(ProblemType.UNAUTHENTICATED, "Not signed in.");
    }
    return describe(principal.getName());
  }

  @DELETE
  @Operation(summary = "Sign out (ends the session)")
  @APIResponse(responseCode = "204", description = "Signed out")
  public void signOut() {
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private SessionInfo describe(String username) {
    var user =
        users
            .summary(username)
            .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "Not signed in."));
    return new SessionInfo(user.username(), user.displayName(), user.roles());
  }
}
