package fr.vigie.ethics.boundary;

import fr.vigie.ethics.entity.ConditionStatus;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Body of PUT /api/ethics/conditions/{id} (with If-Match): the follow-up of a condition. CLOSED needs a closing
 * date (not in the future, not before the meeting) and a comment; OPEN takes neither.
 */
public class ConditionFollowUpRequest {

  @NotBlank @Size(max = 200) public String owner;

  @NotNull public LocalDate dueOn;

  @NotNull public ConditionStatus status;

  public LocalDate closedOn;

  @MultiLine @Size(max = 4000) public String closingComment;
}
