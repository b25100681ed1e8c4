package fr.vigie.scoring.boundary;

import jakarta.validation.constraints.NotNull;

/** Body of PUT /api/use-cases/{id}/scores/grid: the grid version the use case is (re-)scored against from now on. */
public class ScoringGridChoiceRequest {
  @NotNull public Long gridId;
}
