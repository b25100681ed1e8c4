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
 * A reporting duty of an incident: the rule it comes from and the deadline computed from the awareness time, and
 * its state. DONE carries when and the declaration's reference; NOT_APPLICABLE carries a reason (automatic: set by
 * the routing because the rule was not in force on the awareness date).
 */
@Entity
@Table(name = "incident_duty")
public class IncidentDuty extends VersionedEntity {

  @Column(name = "incident_id", nullable = false, updatable = false)
  private long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty_kind", nullable = false, updatable = false)
  private DutyKind kind;

  @Column(name = "rule_code", nullable = false)
  private String ruleCode;

  @Column(name = "deadline_amount")
  private Integer deadlineAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_unit")
  private DeadlineUnit deadlineUnit;

  @Column(name = "deadline_at")
  private Instant deadlineAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DutyState state;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(length = 200)
  private String reference;

  @Column(name = "not_applicable_reason", length = 2000)
  private String notApplicableReason;

  @Column(nullable = false)
  private boolean automatic;

  protected IncidentDuty() {}

  public IncidentDuty(long incidentId, DutyKind kind) {
    this.incidentId = incidentId;
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * What the routing computed: the rule and deadline; a duty nobody has settled becomes TO_DO, or automatically
   * NOT_APPLICABLE when the rule was not in force (with {@code notInForceReason}). A settled duty keeps its state.
   */
  public void routed(String ruleCode, Integer amount, DeadlineUnit unit, Instant deadlineAt, String notInForceReason) {
    this.ruleCode = Objects.requireNonNull(ruleCode, "ruleCode");
    this.deadlineAmount = amount;
    this.deadlineUnit = unit;
    this.deadlineAt = deadlineAt;
    if (isSettledByAPerson()) {
      return;
    }
    if (notInForceReason == null) {
      state = DutyState.TO_DO;
      notApplicableReason = null;
      automatic = false;
    } else {
      state = DutyState.NOT_APPLICABLE;
      notApplicableReason = notInForceReason;
      automatic = true;
    }
  }

  /** DONE or NOT_APPLICABLE by someone's decision (the routing never overrides it). */
  public boolean isSettledByAPerson() {
    return state == DutyState.DONE || (state == DutyState.NOT_APPLICABLE && !automatic);
  }

  public void markDone(Instant at, String reference) {
    state = DutyState.DONE;
    doneAt = Objects.requireNonNull(at, "at");
    this.reference = Objects.requireNonNull(reference, "reference");
    notApplicableReason = null;
    automatic = false;
  }

  public void markNotApplicable(String reason) {
    state = DutyState.NOT_APPLICABLE;
    notApplicableReason = Objects.requireNonNull(reason, "reason");
    doneAt = null;
    reference = null;
    automatic = false;
  }

  public void reopen() {
    state = DutyState.TO_DO;
    doneAt = null;
    reference = null;
    notApplicableReason = null;
    automatic = false;
  }

  public long getIncidentId() {
    return incidentId;
  }

  public DutyKind getKind() {
    return kind;
  }

  public String getRuleCode() {
    return ruleCode;
  }

  public Integer getDeadlineAmount() {
    return deadlineAmount;
  }

  public DeadlineUnit getDeadlineUnit() {
    return deadlineUnit;
  }

  public Instant getDeadlineAt() {
    return deadlineAt;
  }

  public DutyState getState() {
    return state;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getReference() {
    return reference;
  }

  public String getNotApplicableReason() {
    return notApplicableReason;
  }

  public boolean isAutomatic() {
    return automatic;
  }
}
