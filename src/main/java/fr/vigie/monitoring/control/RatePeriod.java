package fr.vigie.monitoring.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One period of a rate series (p-chart): its label and events out of a total. */
public class RatePeriod {

  @NotBlank @Size(max = 40) public String period;
  public Double events;
  public Double total;
}
