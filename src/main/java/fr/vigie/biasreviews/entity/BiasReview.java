package fr.vigie.biasreviews.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded bias review of an AI system: immutable. Every column is written once; only {@code supersededById} and
 * {@code version} change, once, when a later review replaces this one (a conditional update, see
 * {@code BiasReviewRepository.markSuperseded}). Groups, figures and thresholds are kept as JSON text, read whole.
 */
@Entity
@Table(name = "bias_review")
public class BiasReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ai_system_id", nullable = false, updatable = false)
  private long aiSystemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ReviewKind kind;

  @Column(name = "reviewed_on", nullable = false, updatable = false)
  private LocalDate reviewedOn;

  @Column(name = "reviewers_json", nullable = false, length = 10000, updatable = false)
  private String reviewersJson;

  @Column(name = "minimum_group_size", updatable = false)
  private Long minimumGroupSize;

  @Column(name = "thresholds_json", length = 2000, updatable = false)
  private String thresholdsJson;

  @Column(name = "input_json", nullable = false, length = 1000000, updatable = false)
  private String inputJson;

  @Column(name = "results_json", nullable = false, length = 1000000, updatable = false)
  private String resultsJson;

  @Column(nullable = false, length = 10000, updatable = false)
  private String findings;

  @Column(length = 10000, updatable = false)
  private String mitigations;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private ReviewOutcome outcome;

  @Column(name = "next_review_on", nullable = false, updatable = false)
  private LocalDate nextReviewOn;

  @Column(name = "supersedes_id", updatable = false)
  private Long supersedesId;

  @Column(name = "superseded_by_id", insertable = false, updatable = false)
  private Long supersededById;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(nullable = false, insertable = false, updatable = false)
  private long version;

  protected BiasReview() {}

  /** The parts of a review, as validated and computed by the service. */
  public record Content(long aiSystemId, ReviewKind kind, LocalDate reviewedOn, String reviewersJson,
      Long minimumGroupSize, String thresholdsJson, String inputJson, String resultsJson, String findings,
      String mitigations, ReviewOutcome outcome, LocalDate nextReviewOn, Long supersedesId) {

    public Content {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reviewedOn, "reviewedOn");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(nextReviewOn, "nextReviewOn");
      if (!nextReviewOn.isAfter(reviewedOn)) {
        throw new IllegalArgumentException("the next review comes after the review");
      }
      if ((kind == ReviewKind.QUANTITATIVE) != (minimumGroupSize != null)) {
        throw new IllegalArgumentException("a minimum group size belongs to quantitative reviews only");
      }
    }
  }

  public BiasReview(Content c, String recordedBy, Instant recordedAt) {
    this.aiSystemId = c.aiSystemId();
    this.kind = c.kind();
    this.reviewedOn = c.reviewedOn();
    this.reviewersJson = c.reviewersJson();
    this.minimumGroupSize = c.minimumGroupSize();
    this.thresholdsJson = c.thresholdsJson();
    this.inputJson = c.inputJson();
    this.resultsJson = c.resultsJson();
    this.findings = c.findings();
    this.mitigations = c.mitigations();
    this.outcome = c.outcome();
    this.nextReviewOn = c.nextReviewOn();
    this.supersedesId = c.supersedesId();
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public Long getId() {
    return id;
  }

  public long getAiSystemId() {
    return aiSystemId;
  }

  public ReviewKind getKind() {
    return kind;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public String getReviewersJson() {
    return reviewersJson;
  }

  public Long getMinimumGroupSize() {
    return minimumGroupSize;
  }

  public String getThresholdsJson() {
    return thresholdsJson;
  }

  public String getInputJson() {
    return inputJson;
  }

  public String getResultsJson() {
    return resultsJson;
  }

  public String getFindings() {
    return findings;
  }

  public String getMitigations() {
    return mitigations;
  }

  public ReviewOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getNextReviewOn() {
    return nextReviewOn;
  }

  public Long getSupersedesId() {
    return supersedesId;
  }

  public Long getSupersededById() {
    return supersededById;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public long getVersion() {
    return version;
  }
}
