package fr.vigie.incidents.boundary;

import fr.vigie.incidents.entity.DutyState;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Body of PUT /api/incidents/{id}/duties/{dutyId}: DONE with {@code doneAt} (not in the future, not before the
 * awareness) and the declaration's {@code reference}; NOT_APPLICABLE with a {@code reason}; TO_DO to reopen.
 */
public class IncidentDutyRequest {

  @NotNull public DutyState state;

  /** An instant with its offset or Z, e.g. 2026-10-23T10:00:00+02:00 (a local time without offset is refused). */
  public Instant doneAt;

  @Size(max = 200) public String reference;

  @MultiLine @Size(max = 2000) public String reason;
}
