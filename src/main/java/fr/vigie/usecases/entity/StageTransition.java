package fr.vigie.usecases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stage change of a use case: who moved it, when, from where to where, and why. Immutable. */
@Entity
@Table(name = "use_case_transition")
public class StageTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "use_case_id", nullable = false, updatable = false)
  private long useCaseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_stage", nullable = false, length = 20, updatable = false)
  private UseCaseStage from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_stage", nullable = false, length = 20, updatable = false)
  private UseCaseStage to;

  @Column(nullable = false, length = 100, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(length = 2000, updatable = false)
  private String comment;

  protected StageTransition() {}

  public StageTransition(long useCaseId, UseCaseStage from, UseCaseStage to, String actor, Instant occurredAt,
      String comment) {
    this.useCaseId = useCaseId;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public Long getId() {
    return id;
  }

  public long getUseCaseId() {
    return useCaseId;
  }

  public UseCaseStage getFrom() {
    return from;
  }

  public UseCaseStage getTo() {
    return to;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getComment() {
    return comment;
  }
}
