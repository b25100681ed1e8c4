package fr.vigie.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A score set by hand on one axis, with its mandatory reason, author and time; all null when there is none. */
@Embeddable
public class AxisOverride {

  @Column(name = "score")
  private Double score;
  private String reason;
  private String author;
  private Instant at;

  protected AxisOverride() {}

  public AxisOverride(double score, String reason, String author, Instant at) {
    if (score < 0 || score > 100 || Double.isNaN(score)) {
      throw new IllegalArgumentException("a score is from 0 to 100");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an override needs a reason");
    }
    this.score = score;
    this.reason = reason;
    this.author = author;
    this.at = at;
  }

  public static AxisOverride none() {
    return new AxisOverride();
  }

  public boolean isSet() { return score != null; }
  public Double getScore() { return score; }
  public String getReason() { return reason; }
  public String getAuthor() { return author; }
  public Instant getAt() { return at; }
}
