package fr.vigie.scoring.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One version of a scoring grid. Immutable once written: editing a grid writes a new version of the same family
 * (no setter, no optimistic version column).
 */
@Entity
@Table(name = "scoring_grid")
public class ScoringGrid {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "family_code", nullable = false, updatable = false)
  private String familyCode;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(name = "name_fr", nullable = false, updatable = false)
  private String nameFr;

  @Column(name = "name_en", nullable = false, updatable = false)
  private String nameEn;

  @Column(updatable = false)
  private String description;

  @Column(name = "disagreement_threshold", nullable = false, updatable = false)
  private double disagreementThreshold;

  @Column(name = "value_threshold", nullable = false, updatable = false)
  private double valueThreshold;

  @Column(name = "feasibility_threshold", nullable = false, updatable = false)
  private double feasibilityThreshold;

  @Column(name = "value_priority_weight", nullable = false, updatable = false)
  private double valuePriorityWeight;

  @Column(name = "feasibility_priority_weight", nullable = false, updatable = false)
  private double feasibilityPriorityWeight;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "grid", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<ScoringCriterion> criteria = new ArrayList<>();

  protected ScoringGrid() {}

  /** Content of a grid version, validated by the service before construction. */
  public record Content(String nameFr, String nameEn, String description, double disagreementThreshold,
      double valueThreshold, double feasibilityThreshold, double valuePriorityWeight,
      double feasibilityPriorityWeight) {}

  public ScoringGrid(String familyCode, int versionNumber, Content content, String createdBy, Instant createdAt) {
    if (versionNumber < 1) {
      throw new IllegalArgumentException("grid versions start at 1");
    }
    if (!(content.valuePriorityWeight() > 0) || !(content.feasibilityPriorityWeight() > 0)) {
      throw new IllegalArgumentException("priority weights are positive");
    }
    this.familyCode = familyCode;
    this.versionNumber = versionNumber;
    this.nameFr = content.nameFr();
    this.nameEn = content.nameEn();
    this.description = content.description();
    this.disagreementThreshold = content.disagreementThreshold();
    this.valueThreshold = content.valueThreshold();
    this.feasibilityThreshold = content.feasibilityThreshold();
    this.valuePriorityWeight = content.valuePriorityWeight();
    this.feasibilityPriorityWeight = content.feasibilityPriorityWeight();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Adds a criterion at the next position (only while the version is being built, before it is persisted). */
  public ScoringCriterion addCriterion(Axis axis, String code, String labelFr, String labelEn, double weight,
      List<String> anchorsFr, List<String> anchorsEn) {
    if (id != null) {
      throw new IllegalStateException("a stored grid version never changes");
    }
    var criterion = new ScoringCriterion(this, axis, criteria.size() + 1, code, labelFr, labelEn, weight,
        anchorsFr, anchorsEn);
    criteria.add(criterion);
    return criterion;
  }

  public Long getId() { return id; }
  public String getFamilyCode() { return familyCode; }
  public int getVersionNumber() { return versionNumber; }
  public String getNameFr() { return nameFr; }
  public String getNameEn() { return nameEn; }
  public String getDescription() { return description; }
  public double getDisagreementThreshold() { return disagreementThreshold; }
  public double getValueThreshold() { return valueThreshold; }
  public double getFeasibilityThreshold() { return feasibilityThreshold; }
  public double getValuePriorityWeight() { return valuePriorityWeight; }
  public double getFeasibilityPriorityWeight() { return feasibilityPriorityWeight; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public List<ScoringCriterion> getCriteria() { return Collections.unmodifiableList(criteria); }
}
