package fr.vigie.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every non-2xx answer of the API. Its OpenAPI schema is
 * declared once in META-INF/openapi.yaml (components Problem and the shared error responses).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, String instance, List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
