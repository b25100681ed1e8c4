package fr.vigie.monitoring.entity;

import fr.vigie.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an AI system's monitoring plan: what is watched, how, against which thresholds, how often, by whom
 * and what is done on a breach. Threshold columns hold the line's overrides; {@code null} means the spec default.
 */
@Entity
@Table(name = "monitoring_line")
public class MonitoringLine extends VersionedEntity {

  @Column(name = "ai_system_id", nullable = false, updatable = false)
  private long aiSystemId;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "watched_kind", nullable = false, length = 40)
  private WatchedKind watchedKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private MonitoringMethod method;

  @Column(name = "moderate_threshold")
  private Double moderateThreshold;

  @Column(name = "significant_threshold")
  private Double significantThreshold;

  @Column(name = "std_multiplier")
  private Double stdMultiplier;

  @Column(name = "cusum_k")
  private Double cusumK;

  @Column(name = "cusum_h")
  private Double cusumH;

  @Column(name = "ewma_lambda")
  private Double ewmaLambda;

  @Column(name = "limit_width")
  private Double limitWidth;

  @Column(name = "contractual_floor")
  private Double contractualFloor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Cadence cadence;

  @Column(nullable = false, length = 200)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(name = "breach_action_kind", nullable = false, length = 30)
  private BreachActionKind breachActionKind;

  @Column(name = "breach_action", nullable = false, length = 2000)
  private String breachAction;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  /**
   * When the next check is due, kept for the register's monitoring status and the "what needs doing" list. Derived
   * from the line and its checks, it is no edit of the line and must not change the line's version (ETag): after
   * the insert, {@code MonitoringRepository.refreshNextDue} and {@code recordCheckedPeriod} write it with their own
   * UPDATE.
   */
  @Column(name = "next_due_on", nullable = false, updatable = false)
  private LocalDate nextDueOn;

  /**
   * The end of the latest checked period (null before the first check), written with {@link #nextDueOn} by
   * {@code MonitoringRepository.recordCheckedPeriod}, never by an edit of the line.
   */
  @Column(name = "last_period_end", insertable = false, updatable = false)
  private LocalDate lastPeriodEnd;

  protected MonitoringLine() {}

  public MonitoringLine(long aiSystemId) {
    this.aiSystemId = aiSystemId;
  }

  /** The first check is due one cadence after {@code startsOn}; each next one a cadence after the last period. */
  public LocalDate nextDue(LocalDate lastPeriodEnd) {
    return cadence.after(lastPeriodEnd == null ? startsOn : lastPeriodEnd);
  }

  /** The in-memory value of {@code next_due_on}; see {@code MonitoringRepository.refreshNextDue}. */
  public void setNextDueOn(LocalDate nextDueOn) {
    this.nextDueOn = Objects.requireNonNull(nextDueOn);
  }

  public LocalDate getNextDueOn() {
    return nextDueOn;
  }

  public LocalDate getLastPeriodEnd() {
    return lastPeriodEnd;
  }

  /** The in-memory value of {@code last_period_end}; see {@code MonitoringRepository.recordCheckedPeriod}. */
  public void setLastPeriodEnd(LocalDate lastPeriodEnd) {
    this.lastPeriodEnd = lastPeriodEnd;
  }

  public long getAiSystemId() {
    return aiSystemId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Objects.requireNonNull(name);
  }

  public WatchedKind getWatchedKind() {
    return watchedKind;
  }

  public void setWatchedKind(WatchedKind watchedKind) {
    this.watchedKind = Objects.requireNonNull(watchedKind);
  }

  public MonitoringMethod getMethod() {
    return method;
  }

  public void setMethod(MonitoringMethod method) {
    this.method = Objects.requireNonNull(method);
  }

  public Double getModerateThreshold() {
    return moderateThreshold;
  }

  public void setModerateThreshold(Double moderateThreshold) {
    this.moderateThreshold = moderateThreshold;
  }

  public Double getSignificantThreshold() {
    return significantThreshold;
  }

  public void setSignificantThreshold(Double significantThreshold) {
    this.significantThreshold = significantThreshold;
  }

  public Double getStdMultiplier() {
    return stdMultiplier;
  }

  public void setStdMultiplier(Double stdMultiplier) {
    this.stdMultiplier = stdMultiplier;
  }

  public Double getCusumK() {
    return cusumK;
  }

  public void setCusumK(Double cusumK) {
    this.cusumK = cusumK;
  }

  public Double getCusumH() {
    return cusumH;
  }

  public void setCusumH(Double cusumH) {
    this.cusumH = cusumH;
  }

  public Double getEwmaLambda() {
    return ewmaLambda;
  }

  public void setEwmaLambda(Double ewmaLambda) {
    this.ewmaLambda = ewmaLambda;
  }

  public Double getLimitWidth() {
    return limitWidth;
  }

  public void setLimitWidth(Double limitWidth) {
    this.limitWidth = limitWidth;
  }

  public Double getContractualFloor() {
    return contractualFloor;
  }

  public void setContractualFloor(Double contractualFloor) {
    this.contractualFloor = contractualFloor;
  }

  public Cadence getCadence() {
    return cadence;
  }

  public void setCadence(Cadence cadence) {
    this.cadence = Objects.requireNonNull(cadence);
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = Objects.requireNonNull(owner);
  }

  public BreachActionKind getBreachActionKind() {
    return breachActionKind;
  }

  public void setBreachActionKind(BreachActionKind breachActionKind) {
    this.breachActionKind = Objects.requireNonNull(breachActionKind);
  }

  public String getBreachAction() {
    return breachAction;
  }

  public void setBreachAction(String breachAction) {
    this.breachAction = Objects.requireNonNull(breachAction);
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = Objects.requireNonNull(startsOn);
  }
}
