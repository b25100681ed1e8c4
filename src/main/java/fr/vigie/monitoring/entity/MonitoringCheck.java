package fr.vigie.monitoring.entity;

import fr.vigie.platform.stats.Severity;
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

/**
 * One recorded check of a line for one period: immutable. It keeps the summary data as posted, the core's result,
 * and the method, options and thresholds in force, as JSON text (read whole, never queried by field).
 */
@Entity
@Table(name = "monitoring_check")
public class MonitoringCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "line_id", nullable = false, updatable = false)
  private long lineId;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private MonitoringMethod method;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Severity severity;

  @Column(nullable = false, updatable = false)
  private boolean breach;

  @Column(name = "primary_figure", nullable = false, length = 40, updatable = false)
  private String primaryFigure;

  @Column(name = "primary_value", updatable = false)
  private Double primaryValue;

  @Column(name = "thresholds_json", nullable = false, length = 4000, updatable = false)
  private String thresholdsJson;

  @Column(name = "options_json", nullable = false, length = 1000, updatable = false)
  private String optionsJson;

  @Column(name = "input_json", nullable = false, length = 1000000, updatable = false)
  private String inputJson;

  @Column(name = "result_json", nullable = false, length = 1000000, updatable = false)
  private String resultJson;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  /** The alert this breaching check opened or updated; set once, right after the check is recorded. */
  @Column(name = "alert_id")
  private Long alertId;

  protected MonitoringCheck() {}

  @SuppressWarnings("java:S107") // one immutable record of a computation: every part is required
  public MonitoringCheck(long lineId, LocalDate periodStart, LocalDate periodEnd, MonitoringMethod method,
      Severity severity, String primaryFigure, Double primaryValue, String thresholdsJson, String optionsJson,
      String inputJson, String resultJson, String recordedBy, Instant recordedAt) {
    this.lineId = lineId;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.method = method;
    this.severity = severity;
    this.breach = severity == Severity.MODERATE || severity == Severity.SIGNIFICANT;
    this.primaryFigure = primaryFigure;
    this.primaryValue = primaryValue;
    this.thresholdsJson = thresholdsJson;
    this.optionsJson = optionsJson;
    this.inputJson = inputJson;
    this.resultJson = resultJson;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public long getLineId() {
    return lineId;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public MonitoringMethod getMethod() {
    return method;
  }

  public Severity getSeverity() {
    return severity;
  }

  public boolean isBreach() {
    return breach;
  }

  public String getPrimaryFigure() {
    return primaryFigure;
  }

  public Double getPrimaryValue() {
    return primaryValue;
  }

  public String getThresholdsJson() {
    return thresholdsJson;
  }

  public String getOptionsJson() {
    return optionsJson;
  }

  public String getInputJson() {
    return inputJson;
  }

  public String getResultJson() {
    return resultJson;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Long getAlertId() {
    return alertId;
  }

  /** Links the breaching check to its alert, once. */
  public void assignAlert(long alertId) {
    if (!breach || this.alertId != null) {
      throw new IllegalStateException("check " + id + " cannot be linked to alert " + alertId);
    }
    this.alertId = alertId;
  }
}
