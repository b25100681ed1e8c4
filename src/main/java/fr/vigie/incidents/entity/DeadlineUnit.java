package fr.vigie.incidents.entity;

/** HOURS: elapsed hours; DAYS: calendar days on the Europe/Paris wall clock (docs/computations.md). */
public enum DeadlineUnit {
  HOURS,
  DAYS
}
