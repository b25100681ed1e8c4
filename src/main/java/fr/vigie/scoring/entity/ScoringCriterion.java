package fr.vigie.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** One criterion of one grid version, with its weight and the written anchors of its five levels. Immutable. */
@Entity
@Table(name = "scoring_criterion")
public class ScoringCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grid_id", nullable = false, updatable = false)
  private ScoringGrid grid;

  @Column(name = "grid_id", insertable = false, updatable = false)
  private Long gridId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Axis axis;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "label_fr", nullable = false, updatable = false)
  private String labelFr;

  @Column(name = "label_en", nullable = false, updatable = false)
  private String labelEn;

  @Column(nullable = false, updatable = false)
  private double weight;

  @Column(name = "anchor_fr_1", nullable = false, updatable = false) private String anchorFr1;
  @Column(name = "anchor_fr_2", nullable = false, updatable = false) private String anchorFr2;
  @Column(name = "anchor_fr_3", nullable = false, updatable = false) private String anchorFr3;
  @Column(name = "anchor_fr_4", nullable = false, updatable = false) private String anchorFr4;
  @Column(name = "anchor_fr_5", nullable = false, updatable = false) private String anchorFr5;
  @Column(name = "anchor_en_1", nullable = false, updatable = false) private String anchorEn1;
  @Column(name = "anchor_en_2", nullable = false, updatable = false) private String anchorEn2;
  @Column(name = "anchor_en_3", nullable = false, updatable = false) private String anchorEn3;
  @Column(name = "anchor_en_4", nullable = false, updatable = false) private String anchorEn4;
  @Column(name = "anchor_en_5", nullable = false, updatable = false) private String anchorEn5;

  protected ScoringCriterion() {}

  ScoringCriterion(ScoringGrid grid, Axis axis, int position, String code, String labelFr, String labelEn,
      double weight, List<String> anchorsFr, List<String> anchorsEn) {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a criterion weight is positive");
    }
    if (anchorsFr.size() != 5 || anchorsEn.size() != 5) {
      throw new IllegalArgumentException("a criterion has one anchor per level, five levels");
    }
    this.grid = grid;
    this.axis = axis;
    this.position = position;
    this.code = code;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.weight = weight;
    anchorFr1 = anchorsFr.get(0); anchorFr2 = anchorsFr.get(1); anchorFr3 = anchorsFr.get(2);
    anchorFr4 = anchorsFr.get(3); anchorFr5 = anchorsFr.get(4);
    anchorEn1 = anchorsEn.get(0); anchorEn2 = anchorsEn.get(1); anchorEn3 = anchorsEn.get(2);
    anchorEn4 = anchorsEn.get(3); anchorEn5 = anchorsEn.get(4);
  }

  public Long getId() { return id; }
  public Long getGridId() { return gridId != null ? gridId : grid.getId(); }
  public Axis getAxis() { return axis; }
  public int getPosition() { return position; }
  public String getCode() { return code; }
  public String getLabelFr() { return labelFr; }
  public String getLabelEn() { return labelEn; }
  public double getWeight() { return weight; }

  /** The anchors of levels 1 to 5, in French. */
  public List<String> anchorsFr() {
    return List.of(anchorFr1, anchorFr2, anchorFr3, anchorFr4, anchorFr5);
  }

  /** The anchors of levels 1 to 5, in English. */
  public List<String> anchorsEn() {
    return List.of(anchorEn1, anchorEn2, anchorEn3, anchorEn4, anchorEn5);
  }
}
