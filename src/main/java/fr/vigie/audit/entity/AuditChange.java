package fr.vigie.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One field of an audited change, with its value before and after (as displayed text). */
@Entity
@Immutable
@Table(name = "audit_change")
public class AuditChange {

  public static final int MAX_VALUE_LENGTH = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "audit_entry_id")
  private AuditEntry entry;

  @Column(nullable = false, length = 100)
  private String field;

  @Column(name = "old_value", length = MAX_VALUE_LENGTH)
  private String before;

  @Column(name = "new_value", length = MAX_VALUE_LENGTH)
  private String after;

  protected AuditChange() {}

  /** A value as stored: cut to {@link #MAX_VALUE_LENGTH} characters, the last one an ellipsis. */
  public static String stored(String value) {
    return value == null || value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  public String getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
