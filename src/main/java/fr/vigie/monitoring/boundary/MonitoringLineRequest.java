package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.LineThresholds;
import fr.vigie.monitoring.entity.BreachActionKind;
import fr.vigie.monitoring.entity.Cadence;
import fr.vigie.monitoring.entity.MonitoringMethod;
import fr.vigie.monitoring.entity.WatchedKind;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of POST and PUT /api/monitoring-lines. */
public class MonitoringLineRequest {

  /** The AI system whose plan the line belongs to; it cannot change on PUT. */
  @NotNull public Long aiSystemId;

  /** What is watched, in words (e.g. "Âge des patients", "Taux de refus"). */
  @NotBlank @Size(max = 200) public String name;

  @NotNull public WatchedKind watchedKind;

  /** Default: the watched kind's default method. */
  public MonitoringMethod method;

  /** Overrides of the spec defaults; absent or null fields keep the defaults. */
  public LineThresholds thresholds;

  @NotNull public Cadence cadence;

  @NotBlank @Size(max = 200) public String owner;

  @NotNull public BreachActionKind breachActionKind;

  @MultiLine @NotBlank @Size(max = 2000) public String breachAction;

  /** When monitoring starts; the first check is due one cadence later. Default: today. */
  public LocalDate startsOn;
}
