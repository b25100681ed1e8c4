package fr.vigie.monitoring.control;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filter of the "what needs doing" list. */
public class TodoFilter {

  /** One owner of monitoring lines (exact name, as on the lines); absent: every owner. */
  @QueryParam("owner")
  @Size(max = 200)
  public String owner;
}
