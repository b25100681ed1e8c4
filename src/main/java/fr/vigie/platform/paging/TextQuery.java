package fr.vigie.platform.paging;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Free-text search parameter {@code q} of list endpoints (case-insensitive "contains"). */
public class TextQuery {

  @QueryParam("q")
  @Size(max = 200)
  private String q;

  public String text() {
    return q == null || q.isBlank() ? null : q.trim();
  }
}
