package fr.vigie.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries. The web interface loads only its own scripts and styles (no inline
 * script), may not be framed, and sends no referrer to other sites; API answers are never stored by
 * a browser or a proxy, since they are personal to the signed-in caller.
 */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** Sets the headers; {@code path} is the request's path inside the application. */
  public static void apply(String path, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (path.startsWith("/api/") || path.equals("/api")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
