package fr.vigie.scoring.boundary;

import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of PUT /api/use-cases/{id}/scores/overrides/{axis}: the score set by hand and why. */
public class ScoreOverrideRequest {

  @NotNull
  @DecimalMin(value = "0", message = "{vigie.scoring.points}")
  @DecimalMax(value = "100", message = "{vigie.scoring.points}")
  public Double score;

  @MultiLine @NotBlank @Size(max = 2000) public String reason;
}
