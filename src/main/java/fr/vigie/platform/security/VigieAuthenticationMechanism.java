package fr.vigie.platform.security;

import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.ServletProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who is calling: HTTP Basic for API clients, or the session opened by {@code POST /api/session}
 * for the SPA. A wrong or missing credential on a protected address is a 401 problem+json that
 * never says which part was wrong. Browsers (requests carrying {@code X-Requested-With} or a session
 * cookie) get no {@code WWW-Authenticate} challenge, so no native login dialog pops up.
 */
@ApplicationScoped
public class VigieAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_ATTRIBUTE = "vigie.caller";

  @Inject CallerVerifier verifier;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      VerifiedCaller caller;
      try {
        caller = decodeAndVerify(authorization.substring(6).trim(), request.getRemoteAddr());
      } catch (SignInLockedException locked) {
        response.setHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
        return refuse(response, ProblemType.TOO_MANY_ATTEMPTS, locked.detail());
      }
      if (caller == null) {
        return unauthorized(request, response, "Invalid credentials.");
      }
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof VerifiedCaller c) {
      return context.notifyContainerAboutLogin(c.name(), c.groups());
    }
    if (context.isProtected()) {
      return unauthorized(request, response, "Sign in to use this address.");
    }
    return context.doNothing();
  }

  private VerifiedCaller decodeAndVerify(String token, String clientAddress) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return verifier.verify(decoded.substring(0, colon), decoded.substring(colon + 1), true, clientAddress);
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    // Browsers (the SPA's fetch calls, or a download link carrying an expired session cookie) get no
    // challenge: it would pop up the browser's own login dialog instead of Vigie's sign-in page.
    if (request.getHeader("X-Requested-With") == null && request.getRequestedSessionId() == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Vigie\", charset=\"UTF-8\"");
    }
    return refuse(response, ProblemType.UNAUTHENTICATED, detail);
  }

  /** Answers directly with a problem+json body: this runs before JAX-RS and its exception mappers. */
  private static AuthenticationStatus refuse(HttpServletResponse response, ProblemType type, String detail) {
    ServletProblems.write(response, type, detail);
    return AuthenticationStatus.SEND_FAILURE;
  }
}
