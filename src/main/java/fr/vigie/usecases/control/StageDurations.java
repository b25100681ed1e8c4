package fr.vigie.usecases.control;

import fr.vigie.usecases.entity.StageTransition;
import fr.vigie.usecases.entity.UseCaseStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The time a use case spent in each stage (docs/computations.md): it enters IDENTIFIED when
 * created; each transition closes the stay in its from-stage and opens one in its to-stage; the
 * current stay runs until now. A stage entered several times sums its stays.
 */
public final class StageDurations {

  /** One stay in a stage; {@code leftAt} null for the current one. */
  public record Stay(UseCaseStage stage, Instant enteredAt, Instant leftAt, Duration duration) {}

  private StageDurations() {}

  /** The stays in order, from the creation instant and the transitions in the order they happened. */
  public static List<Stay> stays(Instant createdAt, List<StageTransition> transitions, Instant now) {
    List<Stay> stays = new ArrayList<>();
    UseCaseStage stage = UseCaseStage.IDENTIFIED;
    Instant since = createdAt;
    for (StageTransition t : transitions) {
      stays.add(new Stay(stage, since, t.getOccurredAt(), Duration.between(since, t.getOccurredAt())));
      stage = t.getTo();
      since = t.getOccurredAt();
    }
    Instant end = now.isBefore(since) ? since : now;
    stays.add(new Stay(stage, since, null, Duration.between(since, end)));
    return stays;
  }

  /** Total time per stage, in pipeline order, only the stages the use case has been in. */
  public static Map<UseCaseStage, Duration> totals(List<Stay> stays) {
    Map<UseCaseStage, Duration> totals = new EnumMap<>(UseCaseStage.class);
    stays.forEach(s -> totals.merge(s.stage(), s.duration(), Duration::plus));
    return totals;
  }
}
