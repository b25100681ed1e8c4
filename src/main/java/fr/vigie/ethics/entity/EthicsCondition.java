package fr.vigie.ethics.entity;

import fr.vigie.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A condition of a favourable-with-conditions decision. Its wording belongs to the decision and never changes; its
 * follow-up does: owner, due date, and closing (a date and a comment) or reopening.
 */
@Entity
@Table(name = "ethics_condition")
public class EthicsCondition extends VersionedEntity {

  @Column(name = "decision_id", nullable = false, updatable = false)
  private long decisionId;

  @Column(name = "item_no", nullable = false, updatable = false)
  private int itemNo;

  @Column(nullable = false, length = 4000, updatable = false)
  private String description;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ConditionStatus status;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "closing_comment", length = 4000)
  private String closingComment;

  protected EthicsCondition() {}

  public EthicsCondition(long decisionId, int itemNo, String description, String owner, LocalDate dueOn) {
    this.decisionId = decisionId;
    this.itemNo = itemNo;
    this.description = Objects.requireNonNull(description, "description");
    this.status = ConditionStatus.OPEN;
    followUp(owner, dueOn);
  }

  public void followUp(String owner, LocalDate dueOn) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
  }

  /** Closes the condition on {@code on} with a comment saying how it was met. */
  public void close(LocalDate on, String comment) {
    this.status = ConditionStatus.CLOSED;
    this.closedOn = Objects.requireNonNull(on, "closedOn");
    this.closingComment = comment;
  }

  /** Reopens a closed condition: its closing date and comment are cleared (they stay in the audit trail). */
  public void reopen() {
    this.status = ConditionStatus.OPEN;
    this.closedOn = null;
    this.closingComment = null;
  }

  /** Open and due before {@code today}. */
  public boolean overdue(LocalDate today) {
    return status == ConditionStatus.OPEN && dueOn.isBefore(today);
  }

  public long getDecisionId() {
    return decisionId;
  }

  public int getItemNo() {
    return itemNo;
  }

  public String getDescription() {
    return description;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ConditionStatus getStatus() {
    return status;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getClosingComment() {
    return closingComment;
  }
}
