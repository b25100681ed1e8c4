package fr.vigie.scoring.control;

import fr.vigie.scoring.entity.Axis;
import fr.vigie.scoring.entity.CriterionLevel;
import fr.vigie.scoring.entity.ScoringCriterion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One rater's axis scores from their levels and the grid version's criteria. An axis scores only when every one of
 * its criteria is rated (a partial axis is null: a rater who skipped the heaviest criterion would otherwise move the
 * aggregate on the others alone).
 */
public record RaterScores(AxisScore value, AxisScore feasibility, boolean complete) {

  public static RaterScores of(List<ScoringCriterion> criteria, Collection<CriterionLevel> levels) {
    Map<Long, Integer> byCriterion = levels.stream()
        .collect(Collectors.toMap(CriterionLevel::getCriterionId, CriterionLevel::getLevel, (a, b) -> b));
    AxisScore value = axis(criteria, byCriterion, Axis.VALUE);
    AxisScore feasibility = axis(criteria, byCriterion, Axis.FEASIBILITY);
    boolean complete = criteria.stream().allMatch(c -> byCriterion.containsKey(c.getId()));
    return new RaterScores(value, feasibility, complete);
  }

  private static AxisScore axis(List<ScoringCriterion> criteria, Map<Long, Integer> levels, Axis axis) {
    List<WeightedLevel> rated = new ArrayList<>();
    for (ScoringCriterion c : criteria) {
      if (c.getAxis() != axis) {
        continue;
      }
      Integer level = levels.get(c.getId());
      if (level == null) {
        return null;
      }
      rated.add(new WeightedLevel(c.getWeight(), level));
    }
    return rated.isEmpty() ? null : AxisScore.of(rated);
  }

  public Double valueScore() {
    return value == null ? null : value.score();
  }

  public Double feasibilityScore() {
    return feasibility == null ? null : feasibility.score();
  }

}
