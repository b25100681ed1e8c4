package fr.vigie.establishments.control;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters of the establishment list; all optional, combined with AND. */
public class EstablishmentFilter {

  /** Text contained in the name, short name or FINESS number (case-insensitive). */
  @QueryParam("q")
  @Size(max = 200)
  public String q;

  /** true: archived establishments only; false: those still in use; absent: all. */
  @QueryParam("archived")
  public Boolean archived;

  public String text() {
    return q == null || q.isBlank() ? null : q.trim();
  }
}
