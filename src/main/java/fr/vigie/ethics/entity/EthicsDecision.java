package fr.vigie.ethics.entity;

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
 * A decision of the ethics committee on a review, immutable: only {@code supersededById} and {@code version} change,
 * once, when a correcting decision replaces it (a conditional update, {@code EthicsRepository.markSuperseded}).
 * {@code materialJson} and {@code fingerprint} are the system's material version at the time of recording.
 */
@Entity
@Table(name = "ethics_decision")
public class EthicsDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_id", nullable = false, updatable = false)
  private long reviewId;

  @Column(name = "ai_system_id", nullable = false, updatable = false)
  private long aiSystemId;

  @Column(name = "meeting_date", nullable = false, updatable = false)
  private LocalDate meetingDate;

  @Column(name = "members_json", nullable = false, length = 20000, updatable = false)
  private String membersJson;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private DecisionOutcome outcome;

  @Column(nullable = false, length = 10000, updatable = false)
  private String rationale;

  @Column(name = "material_json", nullable = false, length = 200000, updatable = false)
  private String materialJson;

  @Column(nullable = false, length = 64, updatable = false)
  private String fingerprint;

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

  protected EthicsDecision() {}

  /** The parts of a decision, as validated by the service. */
  public record Content(long reviewId, long aiSystemId, LocalDate meetingDate, String membersJson,
      DecisionOutcome outcome, String rationale, String materialJson, String fingerprint, Long supersedesId) {
    public Content {
      Objects.requireNonNull(meetingDate, "meetingDate");
      Objects.requireNonNull(membersJson, "members");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(rationale, "rationale");
      Objects.requireNonNull(materialJson, "material");
      if (fingerprint == null || fingerprint.length() != 64) {
        throw new IllegalArgumentException("a fingerprint is a SHA-256 in hexadecimal");
      }
    }
  }

  public EthicsDecision(Content c, String recordedBy, Instant recordedAt) {
    this.reviewId = c.reviewId();
    this.aiSystemId = c.aiSystemId();
    this.meetingDate = c.meetingDate();
    this.membersJson = c.membersJson();
    this.outcome = c.outcome();
    this.rationale = c.rationale();
    this.materialJson = c.materialJson();
    this.fingerprint = c.fingerprint();
    this.supersedesId = c.supersedesId();
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public Long getId() {
    return id;
  }

  public long getReviewId() {
    return reviewId;
  }

  public long getAiSystemId() {
    return aiSystemId;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getMembersJson() {
    return membersJson;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public String getRationale() {
    return rationale;
  }

  public String getMaterialJson() {
    return materialJson;
  }

  public String getFingerprint() {
    return fingerprint;
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
