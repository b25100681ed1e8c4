package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.CheckLimits;
import fr.vigie.monitoring.control.CheckOptions;
import fr.vigie.monitoring.control.RatePeriod;
import fr.vigie.monitoring.control.Sample;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of POST /api/monitoring-lines/{id}/checks: one period's summary data, in the shape of the line's method
 * (docs/computations.md, "Checks").
 */
public class CheckRequest {

  @NotNull public LocalDate periodStart;
  @NotNull public LocalDate periodEnd;

  /** Reference period (distributions, scores, proportions) or reference window (series, in {@code values}). */
  @Valid public Sample reference;

  /** Checked period (distributions, scores, proportions) or the series ending with it ({@code values}). */
  @Valid public Sample current;

  /** p-chart: events and totals per period, the checked period last. */
  @Valid @Size(max = CheckLimits.MAX_PERIODS) public List<@NotNull RatePeriod> periods;

  /** p-chart: how many leading periods form p̄ (default: all). */
  public Integer referencePeriods;

  /** Control charts: centre line and σ; when both are absent they are estimated from reference.values. */
  public Double mu0;
  public Double sigma;

  @Valid public CheckOptions options;
}
