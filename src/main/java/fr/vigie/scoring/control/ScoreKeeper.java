package fr.vigie.scoring.control;

import fr.vigie.scoring.entity.AxisStatistics;
import fr.vigie.scoring.entity.Axis;
import fr.vigie.scoring.entity.RatingSet;
import fr.vigie.scoring.entity.ScoringGrid;
import fr.vigie.scoring.entity.UseCaseScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes a use case's stored aggregate from the stored axis scores of its raters of the current grid version.
 * Called in the transaction of every write that changes an input, with the use case and aggregate rows locked.
 */
@ApplicationScoped
public class ScoreKeeper {

  @Inject ScoringRepository repository;

  public static ScoringRules rules(ScoringGrid grid) {
    return new ScoringRules(grid.getDisagreementThreshold(), grid.getValueThreshold(),
        grid.getFeasibilityThreshold(), grid.getValuePriorityWeight(), grid.getFeasibilityPriorityWeight());
  }

  public ScoreCalculator.Aggregate recompute(UseCaseScore score, ScoringGrid grid) {
    List<RatingSet> sets = repository.ratingSets(score.getUseCaseId(), grid.getId());
    List<Double> value = sets.stream().map(RatingSet::getValueScore).filter(Objects::nonNull).toList();
    List<Double> feasibility = sets.stream().map(RatingSet::getFeasibilityScore).filter(Objects::nonNull).toList();
    var aggregate = ScoreCalculator.aggregate(value, feasibility, score.overrideOf(Axis.VALUE).getScore(),
        score.overrideOf(Axis.FEASIBILITY).getScore(), rules(grid));
    int complete = (int) sets.stream().filter(RatingSet::isComplete).count();
    score.recomputed(sets.size(), complete, stored(aggregate.value()), stored(aggregate.feasibility()),
        aggregate.disagreement(), aggregate.quadrant(), aggregate.priority());
    return aggregate;
  }

  private static AxisStatistics stored(ScoreStatistics s) {
    return new AxisStatistics(s.n(), s.mean(), s.median(), s.min(), s.max(), s.standardDeviation());
  }
}
