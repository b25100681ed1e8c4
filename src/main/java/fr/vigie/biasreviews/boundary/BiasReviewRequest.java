package fr.vigie.biasreviews.boundary;

import fr.vigie.biasreviews.control.ExaminedAttribute;
import fr.vigie.biasreviews.control.ReviewThresholds;
import fr.vigie.biasreviews.entity.ReviewKind;
import fr.vigie.biasreviews.entity.ReviewOutcome;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of POST /api/bias-reviews. A quantitative review gives at least one attribute with its groups and their
 * confusion matrices; a qualitative review names the attributes examined, if any, without groups, reference group,
 * minimum size or thresholds. Both give reviewers, findings and an outcome (docs/computations.md, "Bias reviews").
 */
public class BiasReviewRequest {

  public static final int MAX_ATTRIBUTES = 20;
  public static final int MAX_REVIEWERS = 20;

  @NotNull public Long aiSystemId;

  @NotNull public ReviewKind kind;

  /** The day the reviewers examined the system; not in the future. */
  @NotNull public LocalDate reviewedOn;

  @NotEmpty @Size(max = MAX_REVIEWERS, message = "{vigie.bias.reviewers.size}")
  public List<@NotBlank @Size(max = 200) String> reviewers;

  @Valid @Size(max = MAX_ATTRIBUTES, message = "{vigie.bias.attributes.size}")
  public List<@NotNull ExaminedAttribute> attributes;

  /** Groups with fewer observations are marked insufficient data (quantitative; default 10, seismometer). */
  @Min(value = 0, message = "{vigie.bias.minimumGroupSize}")
  @Max(value = 1_000_000, message = "{vigie.bias.minimumGroupSize}")
  public Long minimumGroupSize;

  /** Overrides of the fairness thresholds (quantitative); absent fields keep the defaults. */
  @Valid public ReviewThresholds thresholds;

  @MultiLine @NotBlank @Size(max = 10000) public String findings;

  /** Required when the outcome is ACCEPTABLE_WITH_MITIGATIONS. */
  @MultiLine @Size(max = 10000) public String mitigations;

  @NotNull public ReviewOutcome outcome;

  /** Default: twelve months after {@code reviewedOn}. */
  public LocalDate nextReviewOn;

  /** The review this one corrects and replaces (same AI system, not replaced yet). */
  public Long supersedesId;
}
