package fr.vigie.ethics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request for the ethics committee's opinion on an AI system, immutable once recorded. Questions, stakeholders and
 * document links are kept as JSON text, read whole.
 */
@Entity
@Table(name = "ethics_review")
public class EthicsReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ai_system_id", nullable = false, updatable = false)
  private long aiSystemId;

  @Column(name = "questions_json", nullable = false, length = 100000, updatable = false)
  private String questionsJson;

  @Column(name = "stakeholders_json", nullable = false, length = 20000, updatable = false)
  private String stakeholdersJson;

  @Column(name = "representatives_involved", nullable = false, updatable = false)
  private boolean representativesInvolved;

  @Column(name = "documents_json", nullable = false, length = 50000, updatable = false)
  private String documentsJson;

  @Column(name = "requested_by", nullable = false, length = 200, updatable = false)
  private String requestedBy;

  @Column(name = "requested_on", nullable = false, updatable = false)
  private LocalDate requestedOn;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected EthicsReview() {}

  /** The parts of a request, as validated by the service. */
  public record Content(long aiSystemId, String questionsJson, String stakeholdersJson,
      boolean representativesInvolved, String documentsJson, String requestedBy, LocalDate requestedOn) {
    public Content {
      Objects.requireNonNull(questionsJson, "questions");
      Objects.requireNonNull(stakeholdersJson, "stakeholders");
      Objects.requireNonNull(documentsJson, "documents");
      Objects.requireNonNull(requestedBy, "requestedBy");
      Objects.requireNonNull(requestedOn, "requestedOn");
    }
  }

  public EthicsReview(Content c, String recordedBy, Instant recordedAt) {
    this.aiSystemId = c.aiSystemId();
    this.questionsJson = c.questionsJson();
    this.stakeholdersJson = c.stakeholdersJson();
    this.representativesInvolved = c.representativesInvolved();
    this.documentsJson = c.documentsJson();
    this.requestedBy = c.requestedBy();
    this.requestedOn = c.requestedOn();
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public Long getId() {
    return id;
  }

  public long getAiSystemId() {
    return aiSystemId;
  }

  public String getQuestionsJson() {
    return questionsJson;
  }

  public String getStakeholdersJson() {
    return stakeholdersJson;
  }

  public boolean isRepresentativesInvolved() {
    return representativesInvolved;
  }

  public String getDocumentsJson() {
    return documentsJson;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public LocalDate getRequestedOn() {
    return requestedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
