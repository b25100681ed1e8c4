package fr.vigie.monitoring.entity;

/**
 * The monitoring status of an AI system (docs/computations.md §7): red with an unresolved significant alert,
 * orange with an unresolved moderate alert or an overdue line, green with lines and none of those, none without
 * a monitoring line.
 */
public enum MonitoringLevel {
  NONE,
  GREEN,
  ORANGE,
  RED
}
