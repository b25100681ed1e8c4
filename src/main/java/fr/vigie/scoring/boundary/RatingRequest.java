package fr.vigie.scoring.boundary;

import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /api/use-cases/{id}/ratings/mine: the caller's levels on criteria of the use case's current grid
 * version, complete or partial. It replaces the caller's previous levels of that version (criteria left out are
 * unrated).
 */
public class RatingRequest {

  @NotNull @Size(max = 40) @Valid
  public List<@NotNull CriterionLevelRequest> ratings;

  @MultiLine @Size(max = 2000) public String comment;

  /** One level. */
  public static class CriterionLevelRequest {
    @NotNull public Long criterionId;

    @NotNull
    @jakarta.validation.constraints.Min(value = 1, message = "{vigie.scoring.level}")
    @jakarta.validation.constraints.Max(value = 5, message = "{vigie.scoring.level}")
    public Integer level;
  }
}
