package fr.vigie.monitoring.entity;

import fr.vigie.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An alert on a monitoring line: opened by a breaching check, updated by the line's next breaching checks while
 * unresolved (count, last check, severity raised, never lowered), acknowledged (taken in hand) and resolved by
 * people with the action taken. {@code openLineId} is the line's id while unresolved and null once resolved: its
 * unique constraint keeps one unresolved alert per line in the database itself.
 */
@Entity
@Table(name = "monitoring_alert")
public class MonitoringAlert extends VersionedEntity {

  @Column(name = "line_id", nullable = false, updatable = false)
  private long lineId;

  @Column(name = "ai_system_id", nullable = false, updatable = false)
  private long aiSystemId;

  @Column(name = "open_line_id")
  private Long openLineId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlertStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlertSeverity severity;

  @Column(name = "breach_count", nullable = false)
  private int breachCount;

  @Column(name = "first_check_id")
  private Long firstCheckId;

  @Column(name = "last_check_id")
  private Long lastCheckId;

  @Column(name = "first_period_end", nullable = false)
  private LocalDate firstPeriodEnd;

  @Column(name = "last_period_end", nullable = false)
  private LocalDate lastPeriodEnd;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "last_breach_at", nullable = false)
  private Instant lastBreachAt;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledge_comment", length = 2000)
  private String acknowledgeComment;

  @Column(name = "resolved_by", length = 100)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "action_taken", length = 2000)
  private String actionTaken;

  @Column(name = "resolve_comment", length = 2000)
  private String resolveComment;

  protected MonitoringAlert() {}

  /** Opens an alert on a line for its first breaching check. */
  public MonitoringAlert(MonitoringLine line, MonitoringCheck check) {
    this.lineId = line.getId();
    this.aiSystemId = line.getAiSystemId();
    this.openLineId = line.getId();
    this.status = AlertStatus.OPEN;
    this.severity = requireBreach(check);
    this.breachCount = 1;
    this.firstCheckId = check.getId();
    this.lastCheckId = check.getId();
    this.firstPeriodEnd = check.getPeriodEnd();
    this.lastPeriodEnd = check.getPeriodEnd();
    this.openedAt = check.getRecordedAt();
    this.lastBreachAt = check.getRecordedAt();
  }

  /** A later breaching check of the same line while the alert is unresolved. */
  public void breach(MonitoringCheck check) {
    if (!isUnresolved() || check.getLineId() != lineId) {
      throw new IllegalStateException("alert " + getId() + " cannot take a breach of check " + check.getId());
    }
    AlertSeverity raised = requireBreach(check);
    if (raised.compareTo(severity) > 0) {
      severity = raised;
    }
    breachCount++;
    lastCheckId = check.getId();
    lastPeriodEnd = check.getPeriodEnd();
    lastBreachAt = check.getRecordedAt();
  }

  public boolean canAcknowledge() {
    return status == AlertStatus.OPEN;
  }

  public boolean canResolve() {
    return isUnresolved();
  }

  public void acknowledge(String by, Instant at, String comment) {
    if (!canAcknowledge()) {
      throw new IllegalStateException("alert " + getId() + " is " + status);
    }
    status = AlertStatus.ACKNOWLEDGED;
    acknowledgedBy = Objects.requireNonNull(by);
    acknowledgedAt = Objects.requireNonNull(at);
    acknowledgeComment = comment;
  }

  public void resolve(String by, Instant at, String action, String comment) {
    if (!canResolve()) {
      throw new IllegalStateException("alert " + getId() + " is " + status);
    }
    status = AlertStatus.RESOLVED;
    openLineId = null;
    resolvedBy = Objects.requireNonNull(by);
    resolvedAt = Objects.requireNonNull(at);
    actionTaken = Objects.requireNonNull(action);
    resolveComment = comment;
  }

  public boolean isUnresolved() {
    return status != AlertStatus.RESOLVED;
  }

  private static AlertSeverity requireBreach(MonitoringCheck check) {
    AlertSeverity severity = AlertSeverity.of(check.getSeverity());
    if (severity == null || check.getId() == null) {
      throw new IllegalArgumentException("only a recorded breaching check raises an alert");
    }
    return severity;
  }

  public long getLineId() {
    return lineId;
  }

  public long getAiSystemId() {
    return aiSystemId;
  }

  public AlertStatus getStatus() {
    return status;
  }

  public AlertSeverity getSeverity() {
    return severity;
  }

  public int getBreachCount() {
    return breachCount;
  }

  public Long getFirstCheckId() {
    return firstCheckId;
  }

  public Long getLastCheckId() {
    return lastCheckId;
  }

  public LocalDate getFirstPeriodEnd() {
    return firstPeriodEnd;
  }

  public LocalDate getLastPeriodEnd() {
    return lastPeriodEnd;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getLastBreachAt() {
    return lastBreachAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgeComment() {
    return acknowledgeComment;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getActionTaken() {
    return actionTaken;
  }

  public String getResolveComment() {
    return resolveComment;
  }
}
