package fr.vigie.incidents.boundary;

import fr.vigie.incidents.entity.HealthConsequence;
import fr.vigie.incidents.entity.IncidentHarm;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Body of POST /api/incidents and PUT /api/incidents/{id}. Times carry their offset. {@code awareAt} (when the
 * hospital became aware: the clock of every deadline) defaults to the declaration time; it is not before
 * {@code occurredAt}; neither is in the future. {@code healthConsequence} is an explicit answer, DEATH or
 * SERIOUS_HEALTH_DETERIORATION only with a harm to a patient or staff.
 */
public class IncidentRequest {

  @NotNull public Long aiSystemId;

  public Long establishmentId;

  /** An instant with its offset or Z, e.g. 2026-10-23T10:00:00+02:00 (a local time without offset is refused). */
  public Instant occurredAt;

  /** An instant with its offset or Z, e.g. 2026-10-23T10:00:00+02:00 (a local time without offset is refused). */
  public Instant awareAt;

  @MultiLine @NotBlank @Size(max = 10000) public String description;

  @NotNull public IncidentHarm harm;

  @NotNull public HealthConsequence healthConsequence;

  @NotNull public Boolean personalDataBreach;

  @NotNull public Boolean securityIncident;

  /** AI Act Art. 73(3): a widespread infringement (default false). */
  public Boolean widespreadInfringement;

  /** AI Act Art. 3(49)(b): serious and irreversible disruption of critical infrastructure (default false). */
  public Boolean criticalInfrastructure;

  @MultiLine @Size(max = 10000) public String actionsTaken;

  /** Use of the system suspended (AI Act Art. 26(5)). */
  @NotNull public Boolean useSuspended;

  /** The monitoring alert that revealed it (same AI system). */
  public Long monitoringAlertId;

  /** The bias review that revealed it (same AI system). */
  public Long biasReviewId;
}
