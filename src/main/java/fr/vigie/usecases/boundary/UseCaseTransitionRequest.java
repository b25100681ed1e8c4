package fr.vigie.usecases.boundary;

import fr.vigie.platform.validation.MultiLine;
import fr.vigie.usecases.entity.UseCaseStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/use-cases/{id}/transitions. */
public class UseCaseTransitionRequest {

  @NotNull public UseCaseStage to;

  @MultiLine @Size(max = 2000) public String comment;

  /** The use case this one duplicates: required with {@code to = DUPLICATE}, refused otherwise. */
  public Long duplicateOf;
}
