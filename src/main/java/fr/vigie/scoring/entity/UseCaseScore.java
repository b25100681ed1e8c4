package fr.vigie.scoring.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The aggregate of one use case against its current grid version, kept up to date in the transaction of every
 * rating write (docs/computations.md, "Use-case scoring"). Its version is the ETag an override must send back.
 */
@Entity
@Table(name = "use_case_score")
public class UseCaseScore {

  @Id
  @Column(name = "use_case_id")
  private Long useCaseId;

  @Column(name = "grid_id", nullable = false)
  private long gridId;

  @Column(name = "rater_count", nullable = false)
  private int raterCount;

  @Column(name = "complete_rater_count", nullable = false)
  private int completeRaterCount;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "raters", column = @Column(name = "value_raters", nullable = false)),
    @AttributeOverride(name = "mean", column = @Column(name = "value_mean")),
    @AttributeOverride(name = "median", column = @Column(name = "value_median")),
    @AttributeOverride(name = "min", column = @Column(name = "value_min")),
    @AttributeOverride(name = "max", column = @Column(name = "value_max")),
    @AttributeOverride(name = "sd", column = @Column(name = "value_sd"))
  })
  private AxisStatistics value = AxisStatistics.none();

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "raters", column = @Column(name = "feasibility_raters", nullable = false)),
    @AttributeOverride(name = "mean", column = @Column(name = "feasibility_mean")),
    @AttributeOverride(name = "median", column = @Column(name = "feasibility_median")),
    @AttributeOverride(name = "min", column = @Column(name = "feasibility_min")),
    @AttributeOverride(name = "max", column = @Column(name = "feasibility_max")),
    @AttributeOverride(name = "sd", column = @Column(name = "feasibility_sd"))
  })
  private AxisStatistics feasibility = AxisStatistics.none();

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "score", column = @Column(name = "value_override")),
    @AttributeOverride(name = "reason", column = @Column(name = "value_override_reason")),
    @AttributeOverride(name = "author", column = @Column(name = "value_override_by")),
    @AttributeOverride(name = "at", column = @Column(name = "value_override_at"))
  })
  private AxisOverride valueOverride;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "score", column = @Column(name = "feasibility_override")),
    @AttributeOverride(name = "reason", column = @Column(name = "feasibility_override_reason")),
    @AttributeOverride(name = "author", column = @Column(name = "feasibility_override_by")),
    @AttributeOverride(name = "at", column = @Column(name = "feasibility_override_at"))
  })
  private AxisOverride feasibilityOverride;

  @Column(nullable = false)
  private boolean disagreement;

  @Enumerated(EnumType.STRING)
  private Quadrant quadrant;

  private Double priority;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected UseCaseScore() {}

  public UseCaseScore(long useCaseId, long gridId) {
    this.useCaseId = useCaseId;
    this.gridId = gridId;
  }

  /** The figures recomputed from the rating sets of the current grid version. */
  public void recomputed(int raterCount, int completeRaterCount, AxisStatistics value, AxisStatistics feasibility,
      boolean disagreement, Quadrant quadrant, Double priority) {
    this.raterCount = raterCount;
    this.completeRaterCount = completeRaterCount;
    this.value = value;
    this.feasibility = feasibility;
    this.disagreement = disagreement;
    this.quadrant = quadrant;
    this.priority = priority;
  }

  /** Moves the use case to another grid version; the figures must be recomputed in the same transaction. */
  public void scoreAgainst(long gridId) {
    this.gridId = gridId;
  }

  public void override(Axis axis, AxisOverride override) {
    if (axis == Axis.VALUE) {
      valueOverride = override;
    } else {
      feasibilityOverride = override;
    }
  }

  public AxisOverride overrideOf(Axis axis) {
    AxisOverride o = axis == Axis.VALUE ? valueOverride : feasibilityOverride;
    return o == null ? AxisOverride.none() : o;
  }

  public AxisStatistics statisticsOf(Axis axis) {
    AxisStatistics s = axis == Axis.VALUE ? value : feasibility;
    return s == null ? AxisStatistics.none() : s;
  }

  @PrePersist
  @PreUpdate
  void touch() {
    updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public long getUseCaseId() { return useCaseId; }
  public long getGridId() { return gridId; }
  public int getRaterCount() { return raterCount; }
  public int getCompleteRaterCount() { return completeRaterCount; }
  public boolean isDisagreement() { return disagreement; }
  public Quadrant getQuadrant() { return quadrant; }
  public Double getPriority() { return priority; }
  public long getVersion() { return version; }
  public Instant getUpdatedAt() { return updatedAt; }
}
