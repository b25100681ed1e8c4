package fr.vigie.incidents.entity;

import fr.vigie.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An incident of an AI system. The system, the declarant and the declaration time never change; the facts may be
 * corrected until the incident is closed; the status only moves forward ({@link IncidentStatus#canBecome}).
 */
@Entity
@Table(name = "incident")
public class Incident extends VersionedEntity {

  @Column(name = "ai_system_id", nullable = false, updatable = false)
  private long aiSystemId;

  @Column(name = "declared_by", nullable = false, updatable = false)
  private String declaredBy;

  @Column(nullable = false, updatable = false)
  private boolean demo;

  @Column(name = "establishment_id")
  private Long establishmentId;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "aware_at", nullable = false)
  private Instant awareAt;

  @Column(nullable = false, length = 10000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentHarm harm;

  @Enumerated(EnumType.STRING)
  @Column(name = "health_consequence", nullable = false)
  private HealthConsequence healthConsequence;

  @Column(name = "personal_data_breach", nullable = false)
  private boolean personalDataBreach;

  @Column(name = "security_incident", nullable = false)
  private boolean securityIncident;

  @Column(name = "widespread_infringement", nullable = false)
  private boolean widespreadInfringement;

  @Column(name = "critical_infrastructure", nullable = false)
  private boolean criticalInfrastructure;

  @Column(name = "actions_taken", length = 10000)
  private String actionsTaken;

  @Column(name = "use_suspended", nullable = false)
  private boolean useSuspended;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentStatus status = IncidentStatus.OPEN;

  @Column(name = "monitoring_alert_id")
  private Long monitoringAlertId;

  @Column(name = "bias_review_id")
  private Long biasReviewId;

  @Column(name = "closing_comment", length = 4000)
  private String closingComment;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Incident() {}

  /** The facts of an incident, as validated by the service. */
  public record Facts(Long establishmentId, Instant occurredAt, Instant awareAt, String description,
      IncidentHarm harm, HealthConsequence healthConsequence, boolean personalDataBreach,
      boolean securityIncident, boolean widespreadInfringement, boolean criticalInfrastructure,
      String actionsTaken, boolean useSuspended, Long monitoringAlertId, Long biasReviewId) {

    public Facts {
      Objects.requireNonNull(awareAt, "awareAt");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(harm, "harm");
      Objects.requireNonNull(healthConsequence, "healthConsequence");
      if (occurredAt != null && awareAt.isBefore(occurredAt)) {
        throw new IllegalArgumentException("awareness comes after the occurrence");
      }
      if (healthConsequence != HealthConsequence.NONE && !harm.concernsAPerson()) {
        throw new IllegalArgumentException("a health consequence needs a harm to a patient or staff");
      }
    }
  }

  public Incident(long aiSystemId, String declaredBy, boolean demo, Facts facts) {
    this.aiSystemId = aiSystemId;
    this.declaredBy = Objects.requireNonNull(declaredBy, "declaredBy");
    this.demo = demo;
    correct(facts);
  }

  /** Replaces the facts; refused once closed. */
  public void correct(Facts f) {
    if (status == IncidentStatus.CLOSED) {
      throw new IllegalStateException("incident " + getId() + " is closed");
    }
    establishmentId = f.establishmentId();
    occurredAt = f.occurredAt();
    awareAt = f.awareAt();
    description = f.description();
    harm = f.harm();
    healthConsequence = f.healthConsequence();
    personalDataBreach = f.personalDataBreach();
    securityIncident = f.securityIncident();
    widespreadInfringement = f.widespreadInfringement();
    criticalInfrastructure = f.criticalInfrastructure();
    actionsTaken = f.actionsTaken();
    useSuspended = f.useSuspended();
    monitoringAlertId = f.monitoringAlertId();
    biasReviewId = f.biasReviewId();
  }

  /** Moves the status forward; closing records the comment and the instant. */
  public void moveTo(IncidentStatus next, String comment, Instant now) {
    if (!status.canBecome(next)) {
      throw new IllegalStateException("incident " + getId() + " cannot go from " + status + " to " + next);
    }
    status = next;
    if (next == IncidentStatus.CLOSED) {
      closingComment = Objects.requireNonNull(comment, "comment");
      closedAt = Objects.requireNonNull(now, "now");
    }
  }

  public Facts facts() {
    return new Facts(establishmentId, occurredAt, awareAt, description, harm, healthConsequence,
        personalDataBreach, securityIncident, widespreadInfringement, criticalInfrastructure, actionsTaken,
        useSuspended, monitoringAlertId, biasReviewId);
  }

  public long getAiSystemId() {
    return aiSystemId;
  }

  public String getDeclaredBy() {
    return declaredBy;
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getAwareAt() {
    return awareAt;
  }

  public IncidentStatus getStatus() {
    return status;
  }

  public String getClosingComment() {
    return closingComment;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
