package fr.vigie.ethics.boundary;

import fr.vigie.ethics.entity.DecisionOutcome;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of POST /api/ethics/decisions: the committee's decision on a review. Conditions are required (at least one)
 * for FAVOURABLE_WITH_CONDITIONS and refused otherwise. With {@code supersedesId} it corrects and replaces a decision
 * of the same review that was not replaced yet.
 */
public class EthicsDecisionRequest {

  @NotNull public Long reviewId;

  /** The meeting of the "espace de réflexion éthique"; not in the future, not before the request. */
  @NotNull public LocalDate meetingDate;

  @NotEmpty @Size(max = EthicsReviewRequest.MAX_ITEMS, message = "{vigie.ethics.items.size}")
  public List<@NotBlank @Size(max = 200) String> membersPresent;

  @NotNull public DecisionOutcome outcome;

  @MultiLine @NotBlank @Size(max = 10000) public String rationale;

  @Valid @Size(max = 30, message = "{vigie.ethics.items.size}")
  public List<@NotNull ConditionRequest> conditions;

  public Long supersedesId;
}
