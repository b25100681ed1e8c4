package fr.vigie.establishments.entity;

import fr.vigie.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;

/** One establishment of the GHT, identified by its FINESS number. */
@Entity
@Table(name = "establishment")
public class Establishment extends VersionedEntity {

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "short_name", nullable = false, length = 30)
  private String shortName;

  @Column(nullable = false, unique = true, length = 9)
  private String finess;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstablishmentType type;

  @Column(nullable = false)
  private boolean demo;

  /** Closed or merged: kept for the records that name it, no longer offered for new links. */
  @Column(nullable = false)
  private boolean archived;

  protected Establishment() {}

  public Establishment(String name, String shortName, String finess, EstablishmentType type) {
    rename(name, shortName);
    changeFiness(finess);
    this.type = Objects.requireNonNull(type);
  }

  public void rename(String name, String shortName) {
    this.name = Objects.requireNonNull(name);
    this.shortName = Objects.requireNonNull(shortName);
  }

  public void changeFiness(String finess) {
    this.finess = Objects.requireNonNull(finess).toUpperCase();
  }

  public void changeType(EstablishmentType type) {
    this.type = Objects.requireNonNull(type);
  }

  public void changeArchived(boolean archived) {
    this.archived = archived;
  }

  public boolean isArchived() {
    return archived;
  }

  public void markAsDemo() {
    this.demo = true;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getFiness() {
    return finess;
  }

  public EstablishmentType getType() {
    return type;
  }

  public boolean isDemo() {
    return demo;
  }
}
