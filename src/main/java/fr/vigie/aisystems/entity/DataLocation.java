package fr.vigie.aisystems.entity;

/** Where the data is stored. */
public enum DataLocation {
  FRANCE,
  EU,
  OUTSIDE_EU
}
