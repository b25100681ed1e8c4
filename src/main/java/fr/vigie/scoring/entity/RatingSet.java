package fr.vigie.scoring.entity;

import fr.vigie.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * One rater's ratings of one use case against one grid version, with the rater's axis scores computed on write (null
 * while an axis is not fully rated).
 */
@Entity
@Table(name = "scoring_rating_set")
public class RatingSet extends VersionedEntity {

  @Column(name = "use_case_id", nullable = false, updatable = false)
  private long useCaseId;

  @Column(name = "grid_id", nullable = false, updatable = false)
  private long gridId;

  @Column(nullable = false, updatable = false)
  private String rater;

  @Column(name = "value_score")
  private Double valueScore;

  @Column(name = "feasibility_score")
  private Double feasibilityScore;

  @Column(nullable = false)
  private boolean complete;

  private String comment;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scoring_rating", joinColumns = @JoinColumn(name = "rating_set_id"))
  private List<CriterionLevel> levels = new ArrayList<>();

  protected RatingSet() {}

  public RatingSet(long useCaseId, long gridId, String rater) {
    this.useCaseId = useCaseId;
    this.gridId = gridId;
    this.rater = rater;
  }

  /** Replaces the levels and the scores computed from them; {@code complete}: every criterion of the grid rated. */
  public void rate(Collection<CriterionLevel> newLevels, Double valueScore, Double feasibilityScore,
      boolean complete, String comment) {
    this.levels.clear();
    this.levels.addAll(newLevels);
    this.valueScore = valueScore;
    this.feasibilityScore = feasibilityScore;
    this.complete = complete;
    this.comment = comment;
  }

  public long getUseCaseId() { return useCaseId; }
  public long getGridId() { return gridId; }
  public String getRater() { return rater; }
  public Double getValueScore() { return valueScore; }
  public Double getFeasibilityScore() { return feasibilityScore; }
  public boolean isComplete() { return complete; }
  public String getComment() { return comment; }
  public List<CriterionLevel> getLevels() { return Collections.unmodifiableList(levels); }
}
