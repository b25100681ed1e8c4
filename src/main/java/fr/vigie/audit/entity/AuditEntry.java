package fr.vigie.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** One change to one entity. Insert-only: no setters, and Hibernate never issues an UPDATE. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "entity_type", nullable = false, length = 60)
  private String entityType;

  @Column(name = "entity_id", nullable = false)
  private long entityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AuditAction action;

  /** Read only: {@code AuditTrail} writes the rows of a new entry itself, as one JDBC batch. */
  @OneToMany(mappedBy = "entry")
  @OrderBy("field")
  private List<AuditChange> changes = new ArrayList<>();

  protected AuditEntry() {}

  public AuditEntry(String actor, String entityType, long entityId, AuditAction action) {
    this.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    this.actor = Objects.requireNonNull(actor);
    this.entityType = Objects.requireNonNull(entityType);
    this.entityId = entityId;
    this.action = Objects.requireNonNull(action);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public long getEntityId() {
    return entityId;
  }

  public AuditAction getAction() {
    return action;
  }

  public List<AuditChange> getChanges() {
    return Collections.unmodifiableList(changes);
  }
}
