package fr.vigie.usecases.control;

import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.usecases.entity.UseCaseOrigin;
import fr.vigie.usecases.entity.UseCaseStage;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters of the use-case list and exports; all optional, combined with AND, applied in SQL. */
public class UseCaseFilter {

  /** Text contained in the title, irritant or proposed solution (case-insensitive). */
  @QueryParam("q")
  @Size(max = 200)
  public String q;

  @QueryParam("stage")
  public UseCaseStage stage;

  @QueryParam("category")
  public AiCategory category;

  @QueryParam("origin")
  public UseCaseOrigin origin;

  /** One tag, matched exactly (case-insensitive). */
  @QueryParam("tag")
  @Size(max = 50)
  public String tag;

  /** true: only the use cases the caller submitted. */
  @QueryParam("mine")
  public Boolean mine;

  public String text() {
    return q == null || q.isBlank() ? null : q.trim();
  }
}
