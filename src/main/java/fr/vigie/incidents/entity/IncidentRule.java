package fr.vigie.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One version of a reporting rule, as seeded by migration (read-only for the application). */
@Entity
@Table(name = "incident_rule")
public class IncidentRule {

  @Id private Long id;

  @Column(nullable = false, updatable = false, insertable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty_kind", nullable = false, updatable = false, insertable = false)
  private DutyKind dutyKind;

  @Column(nullable = false, updatable = false, insertable = false)
  private String predicate;

  @Column(nullable = false, updatable = false, insertable = false)
  private int position;

  @Column(name = "title_fr", nullable = false, updatable = false, insertable = false)
  private String titleFr;

  @Column(name = "title_en", nullable = false, updatable = false, insertable = false)
  private String titleEn;

  @Column(name = "addressee_fr", nullable = false, updatable = false, insertable = false)
  private String addresseeFr;

  @Column(name = "addressee_en", nullable = false, updatable = false, insertable = false)
  private String addresseeEn;

  @Column(name = "legal_basis", nullable = false, updatable = false, insertable = false)
  private String legalBasis;

  @Column(name = "source_url", nullable = false, updatable = false, insertable = false)
  private String sourceUrl;

  @Column(name = "source_text", nullable = false, updatable = false, insertable = false)
  private String sourceText;

  @Column(name = "deadline_amount", updatable = false, insertable = false)
  private Integer deadlineAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_unit", updatable = false, insertable = false)
  private DeadlineUnit deadlineUnit;

  @Column(name = "effective_from", nullable = false, updatable = false, insertable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_to", updatable = false, insertable = false)
  private LocalDate effectiveTo;

  protected IncidentRule() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public DutyKind getDutyKind() {
    return dutyKind;
  }

  public String getPredicate() {
    return predicate;
  }

  public int getPosition() {
    return position;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getAddresseeFr() {
    return addresseeFr;
  }

  public String getAddresseeEn() {
    return addresseeEn;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public String getSourceText() {
    return sourceText;
  }

  public Integer getDeadlineAmount() {
    return deadlineAmount;
  }

  public DeadlineUnit getDeadlineUnit() {
    return deadlineUnit;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }
}
