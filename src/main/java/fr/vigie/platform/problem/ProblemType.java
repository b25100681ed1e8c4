package fr.vigie.platform.problem;

/**
 * The stable problem types of the API. The {@code type} URI of a problem+json body never changes
 * once published; clients (and the SPA) switch on it. Titles are short and English; details carry
 * the specifics.
 */
public enum ProblemType {
  VALIDATION("validation-error", 400, "The request contains invalid fields"),
  MALFORMED_REQUEST("malformed-request", 400, "The request body could not be read"),
  UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
  FORBIDDEN("forbidden", 403, "Not allowed for your role"),
  NOT_FOUND("not-found", 404, "Resource not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", 406, "Requested media type not available"),
  CONFLICT("conflict", 409, "Conflict with the current state"),
  CONCURRENT_MODIFICATION("concurrent-modification", 409, "Modified concurrently"),
  ILLEGAL_TRANSITION("illegal-transition", 409, "Not possible in the current state"),
  STALE_VERSION("stale-version", 412, "The resource was changed by someone else"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
  URI_TOO_LONG("uri-too-long", 414, "Request address too long"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
  BUSINESS_RULE("business-rule", 422, "Refused by a business rule"),
  PRECONDITION_REQUIRED("if-match-required", 428, "If-Match header required"),
  TOO_MANY_ATTEMPTS("too-many-attempts", 429, "Too many failed sign-in attempts"),
  INTERNAL("internal-error", 500, "Internal error"),
  SERVICE_UNAVAILABLE("service-unavailable", 503, "Service not ready"),
  HTTP_ERROR("http-error", 0, "HTTP error");

  public static final String URI_PREFIX = "urn:vigie:problem:";

  /** The type of an HTTP error raised by the container or JAX-RS itself, from its status alone. */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 400 -> MALFORMED_REQUEST;
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 414 -> URI_TOO_LONG;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : HTTP_ERROR;
    };
  }

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String uri() {
    return URI_PREFIX + slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
