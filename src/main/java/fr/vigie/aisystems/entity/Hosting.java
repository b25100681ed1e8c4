package fr.vigie.aisystems.entity;

/** Where the system runs: on the hospital's premises, at a certified health-data host (HDS), or at a non-HDS host. */
public enum Hosting {
  ON_PREMISES,
  HDS_HOST,
  NON_HDS_CLOUD
}
