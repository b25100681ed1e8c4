package fr.vigie.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The level (1 to 5) a rater gave one criterion. */
@Embeddable
public class CriterionLevel {

  @Column(name = "criterion_id", nullable = false)
  private long criterionId;

  @Column(nullable = false)
  private int level;

  protected CriterionLevel() {}

  public CriterionLevel(long criterionId, int level) {
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("a level is from 1 to 5");
    }
    this.criterionId = criterionId;
    this.level = level;
  }

  public long getCriterionId() { return criterionId; }
  public int getLevel() { return level; }
}
