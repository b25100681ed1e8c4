package fr.vigie.ethics.boundary;

import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A condition set by a favourable-with-conditions decision: what must be done, by whom, by when. */
public class ConditionRequest {

  @MultiLine @NotBlank @Size(max = 4000) public String description;

  @NotBlank @Size(max = 200) public String owner;

  @NotNull public LocalDate dueOn;
}
