package fr.vigie.usecases.boundary;

import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.platform.validation.MultiLine;
import fr.vigie.usecases.entity.UseCaseOrigin;
import fr.vigie.usecases.entity.VolumePeriod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Body of POST (propose) and PUT (replace) on /api/use-cases. Only the title, the irritant and the
 * origin are required: a card is captured in a few words and completed later (what a complete card
 * has: {@code Gates.missingForCompleteCard}). A POJO, not a record (Payara's OpenAPI scanner).
 */
public class UseCaseRequest {

  // Description
  @NotBlank @Size(max = 200) public String title;
  @MultiLine @NotBlank @Size(max = 4000) public String irritant;
  @MultiLine @Size(max = 4000) public String currentProcess;
  @MultiLine @Size(max = 4000) public String proposedSolution;

  // Expected gains: a text per gain; a gain is expected when its text is present.
  @MultiLine @Size(max = 2000) public String gainTime;
  @MultiLine @Size(max = 2000) public String gainCareQuality;
  @MultiLine @Size(max = 2000) public String gainWorkingConditions;
  @MultiLine @Size(max = 2000) public String gainPatientExperience;
  @MultiLine @Size(max = 2000) public String gainCost;

  // Who is affected
  @Size(max = 30) public List<@NotBlank @Size(max = 200) String> services;
  @Size(max = 30) public List<@NotBlank @Size(max = 200) String> jobFunctions;

  // Volumetry (docs/computations.md, "Use-case estimate")
  @Min(0) @Max(100_000_000) public Integer volume;
  public VolumePeriod volumePeriod;

  @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
  public BigDecimal minutesBefore;

  @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
  public BigDecimal minutesAfter;

  @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
  public BigDecimal reworkRatePercent;

  @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
  public BigDecimal reviewMinutes;

  // Technology
  @MultiLine @Size(max = 4000) public String dataAndSystems;
  public AiCategory category;

  // Origin and links
  @NotNull public UseCaseOrigin origin;
  /** The workshop the use case came from; only with origin WORKSHOP. */
  public Long workshopId;
  @Size(max = 20, message = "{vigie.tags.size}") public List<@NotBlank @Size(max = 50) String> tags;
  /** The SIA of the register that implement the use case (INNOVATION and ADMIN only). */
  @Size(max = 20) public Set<@NotNull Long> aiSystemIds;
}
