package fr.vigie.scoring.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of POST /api/scoring-grids (a new family, version 1; {@code familyCode} required) and of
 * POST /api/scoring-grids/{id}/versions (the next version of that grid's family; {@code familyCode} ignored). The
 * whole content is given: a version never changes afterwards. At least one criterion per axis.
 */
public class ScoringGridRequest {

  @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{vigie.scoring.code}")
  public String familyCode;

  @NotBlank @Size(max = 200) public String nameFr;

  @NotBlank @Size(max = 200) public String nameEn;

  @Size(max = 2000) public String description;

  /** Points on 0–100; default 25. */
  @DecimalMin(value = "0", message = "{vigie.scoring.points}") @DecimalMax(value = "100", message = "{vigie.scoring.points}")
  public Double disagreementThreshold;

  /** Points on 0–100; default 50. */
  @DecimalMin(value = "0", message = "{vigie.scoring.points}") @DecimalMax(value = "100", message = "{vigie.scoring.points}")
  public Double valueThreshold;

  /** Points on 0–100; default 50. */
  @DecimalMin(value = "0", message = "{vigie.scoring.points}") @DecimalMax(value = "100", message = "{vigie.scoring.points}")
  public Double feasibilityThreshold;

  /** Default 0.6. */
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.scoring.weight}")
  @DecimalMax(value = "100", message = "{vigie.scoring.weight}")
  public Double valuePriorityWeight;

  /** Default 0.4. */
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.scoring.weight}")
  @DecimalMax(value = "100", message = "{vigie.scoring.weight}")
  public Double feasibilityPriorityWeight;

  @NotEmpty @Size(max = 40) @Valid
  public List<@NotNull ScoringCriterionRequest> criteria;
}
