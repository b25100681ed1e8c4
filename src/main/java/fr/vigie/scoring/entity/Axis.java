package fr.vigie.scoring.entity;

/** The two axes of a scoring grid. On both, level 5 is the best (most valuable, most feasible). */
public enum Axis {
  VALUE,
  FEASIBILITY
}
