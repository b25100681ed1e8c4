package fr.vigie.scoring.boundary;

import fr.vigie.scoring.entity.Axis;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One criterion of a new grid version: axis, code unique in the version, labels, weight &gt; 0, five anchors per language. */
public class ScoringCriterionRequest {

  @NotNull public Axis axis;

  @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{vigie.scoring.code}")
  public String code;

  @NotBlank @Size(max = 200) public String labelFr;

  @NotBlank @Size(max = 200) public String labelEn;

  @NotNull
  @DecimalMin(value = "0", inclusive = false, message = "{vigie.scoring.weight}")
  @DecimalMax(value = "100", message = "{vigie.scoring.weight}")
  public Double weight;

  @NotNull @Size(min = 5, max = 5, message = "{vigie.scoring.anchors}")
  public List<@NotBlank @Size(max = 500) String> anchorsFr;

  @NotNull @Size(min = 5, max = 5, message = "{vigie.scoring.anchors}")
  public List<@NotBlank @Size(max = 500) String> anchorsEn;
}
