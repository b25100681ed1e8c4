package fr.vigie.scoring.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One rater's ratings of a use case against one grid version. {@code counted}: made with the use case's current
 * grid version, so part of the aggregate. Axis scores null while the axis is not fully rated.
 */
public record RatingSetDto(long id, long useCaseId, long gridId, int gridVersionNumber, String rater,
    List<RatedCriterionDto> ratings, Double valueScore, Double feasibilityScore, boolean complete, boolean counted,
    String comment, Instant createdAt, Instant updatedAt, long version) implements fr.vigie.platform.crud.Versioned {

  /** A level given to a criterion. */
  public record RatedCriterionDto(long criterionId, int level) {}
}
