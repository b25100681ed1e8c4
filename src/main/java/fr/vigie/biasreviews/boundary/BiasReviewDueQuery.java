package fr.vigie.biasreviews.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The horizon of {@code GET /api/bias-reviews/due}. A bean parameter rather than a bounded method parameter:
 * Payara's OpenAPI generator fails (NullPointerException) on {@code @Min}/{@code @Max} on a resource method's own
 * parameter, not on a bean parameter's field (nor may that field carry {@code @Parameter}: the operation's summary
 * describes it).
 */
public class BiasReviewDueQuery {

  @QueryParam("withinDays")
  @DefaultValue("30")
  @Min(value = 0, message = "{vigie.bias.withinDays}")
  @Max(value = 366, message = "{vigie.bias.withinDays}")
  public int withinDays = 30;
}
